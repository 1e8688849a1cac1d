package dev.tradehub.e2e;

import dev.tradehub.access.Role;
import dev.tradehub.web.security.Allowed;
import dev.tradehub.web.security.OdooWebhook;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The API's endpoints as its resources declare them (read from the web module's classes, so that a new endpoint is
 * in the matrix without anyone adding it), each with the role it asks for. Odoo's webhook is not among them: it
 * carries a shared secret, not a token.
 */
final class AuthorizationMatrix {

    private static final String API_ROOT = "/api/v1/";
    private static final String RESOURCES = "dev/tradehub/web/api/";
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    /** What a caller should meet. */
    enum Expected {
        /** Let through: any answer but a refusal or a server error. */
        ADMITTED,
        /** 401: no working token. */
        UNAUTHENTICATED,
        /** 403: a working token without the right. */
        FORBIDDEN;

        boolean admits(int status) {
            return switch (this) {
                case ADMITTED -> status != 401 && status != 403 && status != 429 && status < 500;
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
            };
        }
    }

    /** One resource method: its HTTP method, its path template, and who may call it. */
    record Endpoint(String method, String template, Role required, boolean partnerScoped) {

        String path(Map<String, String> values) {
            Matcher matcher = TEMPLATE.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalStateException("No value for {" + matcher.group(1) + "} of " + template);
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(path).toString();
        }

        boolean takesBody() {
            return method.equals("POST") || method.equals("PUT");
        }
    }

    private AuthorizationMatrix() {
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            if (!resource.isAnnotationPresent(Path.class) || resource.isAnnotationPresent(OdooWebhook.class)) {
                continue;
            }
            String base = API_ROOT + trim(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                        : resource.getAnnotation(Allowed.class);
                if (allowed == null) {
                    throw new AssertionError(resource.getSimpleName() + "." + method.getName()
                            + " says nothing of who may call it (@Allowed)");
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(http, sub == null ? base : base + "/" + trim(sub.value()), allowed.value(),
                        allowed.partnerScoped()));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static List<Class<?>> resourceClasses() {
        List<String> names = new ArrayList<>();
        try {
            java.nio.file.Path location = Paths.get(dev.tradehub.web.api.TradeHubApi.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.list(location.resolve(RESOURCES))) {
                    files.map(file -> RESOURCES + file.getFileName()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        names.add(entries.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(RESOURCES) && name.endsWith(".class") && !name.contains("$")
                    && name.indexOf('/', RESOURCES.length()) < 0) {
                try {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (Modifier.isPublic(type.getModifiers())) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}

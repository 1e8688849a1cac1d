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

    /**
     * One portal page, the least role its security constraint asks for (null: a public page), and whether it is a
     * JSF protected view (served only when reached through a portal link, which carries the session's token).
     */
    record Page(String path, Role required, boolean protectedView) {
    }

    private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of(System.getProperty("tradehub.e2e.webapp",
            "../web/src/main/webapp"));
    private static final Pattern CONSTRAINT = Pattern.compile("<security-constraint>(.*?)</security-constraint>",
            Pattern.DOTALL);
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>\\s*([^<\\s]+)\\s*</url-pattern>");
    private static final Pattern ROLE_NAME = Pattern.compile("<role-name>\\s*([^<\\s]+)\\s*</role-name>");

    private AuthorizationMatrix() {
    }

    /**
     * Every page of the portal (each {@code .xhtml} outside WEB-INF), with the role the web module's security
     * constraints ask for, matched as the servlet container matches them: an exact pattern first, then the longest
     * path prefix.
     */
    static List<Page> pages() {
        Map<String, Role> patterns = new java.util.LinkedHashMap<>();
        try {
            String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
            Matcher constraint = CONSTRAINT.matcher(webXml);
            while (constraint.find()) {
                Matcher role = ROLE_NAME.matcher(constraint.group(1));
                Role required = role.find() ? Role.named(role.group(1)).orElse(null) : null;
                Matcher pattern = URL_PATTERN.matcher(constraint.group(1));
                while (pattern.find()) {
                    patterns.put(pattern.group(1), required);
                }
            }
            String facesConfig = Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml"));
            int from = facesConfig.indexOf("<protected-views>");
            String protectedViews = from < 0 ? "" : facesConfig.substring(from, facesConfig.indexOf("</protected-views>"));
            List<String> protectedPaths = new ArrayList<>();
            Matcher view = URL_PATTERN.matcher(protectedViews);
            while (view.find()) {
                protectedPaths.add(view.group(1));
            }
            List<Page> pages = new ArrayList<>();
            try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
                files.filter(file -> file.toString().endsWith(".xhtml"))
                        .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
                        .filter(path -> !path.startsWith("/WEB-INF/")).sorted()
                        .forEach(path -> pages.add(new Page(path, required(path, patterns),
                                protectedPaths.contains(path))));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Role required(String path, Map<String, Role> patterns) {
        if (patterns.containsKey(path)) {
            return patterns.get(path);
        }
        String longest = null;
        for (String pattern : patterns.keySet()) {
            if (pattern.endsWith("/*") && path.startsWith(pattern.substring(0, pattern.length() - 1))
                    && (longest == null || pattern.length() > longest.length())) {
                longest = pattern;
            }
        }
        return longest == null ? null : patterns.get(longest);
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

package dev.tradehub.web.security;

import dev.tradehub.access.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role a resource method (or every method of a resource class) needs. {@code partnerScoped} lets a
 * partner's token call it too; the method then confines what it shows or takes to that partner.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Role value();

    boolean partnerScoped() default false;
}

package org.committeeacademy.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class): no credentials → 401, a role that may not → 403.
 * Methods without it are open to anyone.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            String[] roles = allowed.value();
            context.register((ContainerRequestFilter) request -> {
                var security = request.getSecurityContext();
                if (security.getUserPrincipal() == null) {
                    throw new NotAuthorizedException(Problems.BASIC_CHALLENGE);
                }
                if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                    throw new ForbiddenException();
                }
            });
        }
    }
}

package org.committeeacademy.shared.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every REST endpoint of the application, read from the resource classes' own annotations: tests that must hold for
 * all endpoints take their list from here, so an endpoint added later is covered without anyone naming it.
 */
public final class RestEndpoints {

    /**
     * One resource method. {@code roles} is empty where the method is open to anyone (no {@link RolesAllowed}, or
     * {@link PermitAll}), as {@link RoleCheckFeature} treats it.
     */
    public record Endpoint(String method, String path, Set<String> roles, Optional<String> consumes) {

        public boolean open() {
            return roles.isEmpty();
        }

        public boolean allows(String role) {
            return roles.contains(role);
        }

        /** The path with every template parameter filled in, so that it matches the resource method. */
        public String samplePath() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private RestEndpoints() {}

    /** Read once per test run: importing the classes takes seconds. */
    public static List<Endpoint> all() {
        return Scan.ENDPOINTS;
    }

    private static final class Scan {
        static final List<Endpoint> ENDPOINTS = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.committeeacademy")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .map(JavaClass::reflect)
                        .flatMap(RestEndpoints::endpoints)
                        .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                        .toList();
    }

    private static Stream<Endpoint> endpoints(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getMethods())
                .filter(m -> m.getDeclaringClass() == resource)
                .flatMap(m -> httpMethod(m)
                        .map(verb -> new Endpoint(
                                verb,
                                join(base, m.getAnnotation(Path.class)),
                                roles(resource, m),
                                consumes(resource, m)))
                        .stream());
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static String join(String base, Path path) {
        String joined = "/" + base + (path == null ? "" : "/" + path.value());
        return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed allowed = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElse(resource.getAnnotation(RolesAllowed.class));
        return allowed == null ? Set.of() : Set.of(allowed.value());
    }

    private static Optional<String> consumes(Class<?> resource, Method method) {
        Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(resource.getAnnotation(Consumes.class));
        return consumes == null
                ? Optional.empty()
                : Arrays.stream(consumes.value()).findFirst();
    }

    /** For messages: the endpoints, one a line. */
    public static String lines(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::toString).collect(Collectors.joining("\n"));
    }
}

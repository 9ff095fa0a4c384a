package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the session, with its session-, view- and conversation-scoped beans, is serialized into Hazelcast
 * after a request and read back by another instance when the first one dies. Every such bean must therefore be
 * Serializable, and so must everything it holds: a field that is not stops fail-over for everybody whose session
 * holds the bean. Injected beans of a normal scope are fine (the container injects a serializable proxy); a field
 * that the bean can rebuild may be transient.
 */
class SessionScopedBeansSerializableTest {

    private static final List<Class<? extends Annotation>> PASSIVATING =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    @Test
    void everySessionAndViewScopedBeanAndAllItHoldsIsSerializable() {
        List<Class<?>> beans = passivatingBeans();
        assertFalse(beans.size() < 10, "the scan finds the pages' beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " does not implement Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    String why = why(field);
                    if (why != null) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + " holds " + why
                                + ", which is not serializable: make the field transient and rebuild it, or the"
                                + " type Serializable");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aFieldThatCannotBeSerializedIsFound() {
        class Holder implements Serializable {
            Object anything;
            Thread thread;
            List<Thread> threads;
            transient Thread rebuilt;
            List<String> names;
            Map<Long, Set<String>> tags;
            Wrapper wrapper;
        }
        List<String> wrong = new ArrayList<>();
        for (Field field : Holder.class.getDeclaredFields()) {
            if (!fine(field)) {
                wrong.add(field.getName());
            }
        }
        assertTrue(wrong.containsAll(List.of("anything", "thread", "threads", "wrapper")), wrong.toString());
        assertFalse(wrong.contains("rebuilt") || wrong.contains("names") || wrong.contains("tags"), wrong.toString());
    }

    /** Serializable, but not what it holds. */
    record Wrapper(Thread thread) implements Serializable {}

    private static List<Class<?>> passivatingBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.committeeacademy")) {
            if (PASSIVATING.stream().anyMatch(type::isAnnotatedWith)) {
                beans.add(type.reflect());
            }
        }
        return beans;
    }

    private static boolean fine(Field field) {
        return why(field) == null;
    }

    /** @return null if the field serializes, else the type in it that does not */
    private static String why(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
            return null;
        }
        if (field.isAnnotationPresent(Inject.class)) {
            // a normal-scoped bean comes as the container's serializable proxy; for the others Weld refuses the
            // deployment when a passivating bean injects one that cannot be passivated
            return null;
        }
        return why(field.getGenericType(), new HashSet<>());
    }

    private static String why(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return null;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return c.getName();
            }
            // our own serializable types: what they hold must serialize too (a record with a Thread in it)
            if (c.getName().startsWith("org.committeeacademy.") && seen.add(c)) {
                for (Class<?> k = c; k.getName().startsWith("org.committeeacademy."); k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        int modifiers = field.getModifiers();
                        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                            continue;
                        }
                        String inner = why(field.getGenericType(), seen);
                        if (inner != null) {
                            return c.getSimpleName() + "." + field.getName() + ": " + inner;
                        }
                    }
                }
            }
            return null;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            // the collections the beans use are serializable ones (ArrayList, HashMap, List.of ...) if their contents
            // are
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            String outer = container ? null : why(raw, seen);
            if (outer != null) {
                return outer;
            }
            for (Type argument : p.getActualTypeArguments()) {
                String inner = why(argument, seen);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return why(w.getUpperBounds()[0], seen);
        }
        return type.getTypeName();
    }
}

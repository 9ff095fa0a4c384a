package org.committeeacademy.privacy.application;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.material.persistence.MaterialFiles;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * Every PersonalDataSection the application has, found in the compiled classes (so a new feature's section is
 * found without being listed), and wired by hand to an entity manager for tests without a server.
 */
final class Sections {

    private static final Path CLASSES = Path.of("target", "classes");

    private Sections() {}

    static List<Class<? extends PersonalDataSection>> all() {
        List<Class<? extends PersonalDataSection>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(
                        name.substring(0, name.length() - ".class".length()), false, Sections.class.getClassLoader());
                if (PersonalDataSection.class.isAssignableFrom(type)
                        && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type.asSubclass(PersonalDataSection.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    /** Each section with its repositories, persistence classes and file store set (injected in the server). */
    static List<PersonalDataSection> wired(EntityManager em, Path files) {
        return all().stream().map(type -> wire(type, em, files)).toList();
    }

    private static PersonalDataSection wire(Class<? extends PersonalDataSection> type, EntityManager em, Path files) {
        try {
            Constructor<? extends PersonalDataSection> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            PersonalDataSection section = constructor.newInstance();
            for (Field field : type.getDeclaredFields()) {
                Object value = valueFor(field.getType(), em, files);
                if (value != null) {
                    field.setAccessible(true);
                    field.set(section, value);
                }
            }
            return section;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot wire " + type.getName(), e);
        }
    }

    private static Object valueFor(Class<?> type, EntityManager em, Path files) throws ReflectiveOperationException {
        if (type == org.committeeacademy.shared.i18n.Messages.class) {
            return new org.committeeacademy.shared.i18n.Messages();
        }
        if (type == org.committeeacademy.identity.application.AccountSessions.class) {
            // announces ended sessions to the server's session registry; nothing listens here
            Object sessions = type.getDeclaredConstructor().newInstance();
            Field ended = type.getDeclaredField("ended");
            ended.setAccessible(true);
            ended.set(sessions, new org.committeeacademy.shared.IgnoredEvents<>());
            return sessions;
        }
        if (type == MaterialFiles.class) {
            return new MaterialFiles(files, 1024 * 1024);
        }
        if (type.isInterface() && type.getSimpleName().endsWith("Repository")) {
            String jpa = type.getPackageName().replace(".domain", ".persistence") + ".Jpa" + type.getSimpleName();
            Constructor<?> constructor = Class.forName(jpa).getDeclaredConstructor(EntityManager.class);
            constructor.setAccessible(true);
            return constructor.newInstance(em);
        }
        if (type.getPackageName().endsWith(".persistence")
                && type.getSimpleName().startsWith("Jpa")) {
            Constructor<?> constructor = type.getDeclaredConstructor(EntityManager.class);
            constructor.setAccessible(true);
            return constructor.newInstance(em);
        }
        return null;
    }

    static AccountRepository accounts(EntityManager em) throws ReflectiveOperationException {
        return (AccountRepository) valueFor(AccountRepository.class, em, null);
    }
}

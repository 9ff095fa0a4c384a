package org.committeeacademy.shared.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that reaches the database through {@link TestDatabase} or {@link PostgresTestDatabases}: tagged
 * {@value #TAG}, so the Maven profile {@code postgresql} runs exactly these classes a second time on PostgreSQL (the
 * others would only repeat what the Derby run showed). {@code DatabaseTestsAreTaggedTest} finds any such class
 * without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

    String TAG = "database";
}

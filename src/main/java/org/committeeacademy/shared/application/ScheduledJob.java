package org.committeeacademy.shared.application;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a bean whose {@code @Schedule} methods run as a job: {@link ScheduledJobGuard} holds each timer run back
 * until the schema is migrated and logs a failed run under the job's name. Calls that are not timer runs (an event
 * observer, a test) are left alone.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface ScheduledJob {}

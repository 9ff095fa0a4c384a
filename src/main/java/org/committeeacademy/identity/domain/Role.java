package org.committeeacademy.identity.domain;

/**
 * What a person may do. An account holds one or more; the most privileged decides the home page. The COORDINATOR
 * works at state level: the shared curriculum and anonymous figures across all organisations, never a person's data.
 */
public enum Role {
    MEMBER,
    TRAINER,
    STAFF,
    COORDINATOR,
    ADMIN;

    public static final String MEMBER_NAME = "MEMBER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String STAFF_NAME = "STAFF";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String ADMIN_NAME = "ADMIN";
}

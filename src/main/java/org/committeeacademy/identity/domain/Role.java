package org.committeeacademy.identity.domain;

/** What a person may do. An account holds one or more; the most privileged decides the home page. */
public enum Role {
    MEMBER,
    TRAINER,
    STAFF,
    ADMIN;

    public static final String MEMBER_NAME = "MEMBER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
}

package org.committeeacademy.survey.domain;

/**
 * The protection of the people who answer: a group's figures and free texts are only shown when at least
 * {@link #MIN_GROUP} people answered, so no single answer can be recognised.
 */
public final class Anonymity {

    public static final int MIN_GROUP = 5;

    private Anonymity() {}

    public static boolean mayShow(int people) {
        return people >= MIN_GROUP;
    }
}

package org.committeeacademy.profile.application;

/** What one person of a cohort offers the others: talents and skills, and the languages they speak. */
public record OfferView(String name, String talents, String languages) {}

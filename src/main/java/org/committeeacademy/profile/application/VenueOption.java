package org.committeeacademy.profile.application;

/** A venue to choose on the interest form. */
public record VenueOption(long id, String name, String city) {}

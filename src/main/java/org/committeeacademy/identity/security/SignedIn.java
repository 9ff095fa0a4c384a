package org.committeeacademy.identity.security;

import java.io.Serializable;
import java.util.Set;

/** What the HTTP session remembers after a form login. */
record SignedIn(String email, Set<String> groups) implements Serializable {}

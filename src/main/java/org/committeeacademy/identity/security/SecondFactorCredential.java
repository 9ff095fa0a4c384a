package org.committeeacademy.identity.security;

import jakarta.security.enterprise.credential.Credential;

/** The code of the login's second step (TOTP or recovery code), for the account that passed the first. */
public record SecondFactorCredential(String code) implements Credential {}

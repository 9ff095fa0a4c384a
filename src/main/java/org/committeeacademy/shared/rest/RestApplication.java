package org.committeeacademy.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for scripts and integrations; see shared/API.md for the contract. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}

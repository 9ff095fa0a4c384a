package org.committeeacademy.material.application;

import java.nio.file.Path;

/** A stored file ready to be sent: where it lies, and the name and type to send it with. */
public record Download(Path file, String fileName, String contentType, long size) {}

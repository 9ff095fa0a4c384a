package org.committeeacademy.notification.application;

import java.io.Serializable;
import java.util.List;

/** One mail as an admin reads it: its line, the language, both bodies, and the names of attached files. */
public record OutboxMessageView(OutboxRow row, String language, String text, String html, List<String> attachments)
        implements Serializable {}

package org.committeeacademy.shared.i18n;

/**
 * A message argument that is written differently in each language (a session's day and time), so a domain exception
 * can name it without knowing who reads the message: {@link Messages} asks it for its words in the reader's formats.
 */
@FunctionalInterface
public interface LocalText {

    String in(LocalFormats formats);
}

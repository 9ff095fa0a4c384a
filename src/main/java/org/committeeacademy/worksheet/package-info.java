/**
 * Worksheets made from the modules' templates: autosaved answers, submission and the trainer's review in numbered
 * versions, PDFs and the draft motion; it owns {@code worksheet} and {@code worksheet_version}.
 */
package org.committeeacademy.worksheet;

/**
 * The self-paced units (Lerneinheiten) between a cohort's sessions as members work through them: their answers to the
 * check questions, kept privately, completion for trainers and progress; it owns {@code unit_answer}.
 */
package org.committeeacademy.unit;

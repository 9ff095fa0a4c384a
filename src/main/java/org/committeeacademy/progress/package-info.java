/**
 * Progress rules per series and each member's progress towards completing it (attendance per module, worksheet states
 * through a port); it owns {@code progress_rule} and {@code progress_optional_module}.
 */
package org.committeeacademy.progress;

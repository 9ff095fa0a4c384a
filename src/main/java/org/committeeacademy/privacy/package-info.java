/**
 * A person's data across all features: the export (JSON or ZIP) and the erasure that run every feature's personal-data
 * section, and the retention job that erases members some time after their last session; it owns no table.
 */
package org.committeeacademy.privacy;

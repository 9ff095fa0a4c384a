/**
 * A cohort's materials, files checked by their content and links, with versions, visibility in time and downloads,
 * beside the modules' own handouts; it owns {@code material}, {@code material_version} and {@code material_visit}.
 */
package org.committeeacademy.material;

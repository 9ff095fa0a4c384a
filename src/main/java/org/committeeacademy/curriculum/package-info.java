/**
 * The curriculum: series and their modules, loaded and validated from {@code modules/} at every start, with versions,
 * the module catalogue and the editor for texts changed in the application; it owns {@code series}, {@code
 * series_module}, {@code series_optional_module}, {@code training_module} and {@code module_version}.
 */
package org.committeeacademy.curriculum;

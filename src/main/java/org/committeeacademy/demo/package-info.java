/**
 * The demo data set, dated relative to the day it is loaded and loaded once when {@code ACADEMY_DEMO_DATA} is true,
 * built through the other features; it owns {@code app_marker}, which remembers that it was loaded.
 */
package org.committeeacademy.demo;

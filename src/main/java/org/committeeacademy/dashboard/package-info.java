/**
 * The staff's dashboard and reports: figures per series, venue and period (fill, attendance, completion, worksheets,
 * certificates, goal check-ins, survey outcomes) as charts, tables, CSV and Excel downloads and the funder's yearly
 * PDF, read from the other features; it owns no table.
 */
package org.committeeacademy.dashboard;

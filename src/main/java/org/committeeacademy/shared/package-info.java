/**
 * Building blocks every feature may use and that use no feature themselves: settings, the data source and the Flyway
 * migrations, transactions and lock-contention retries, problem JSON for REST errors, page messages, languages and
 * texts, CSV and Excel export, and the ports that features above implement; it owns no business table.
 */
package org.committeeacademy.shared;

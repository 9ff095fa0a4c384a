/**
 * Backups: an online, consistent copy of the embedded database and the stored files, made on request or every night,
 * kept up to a configured count, and listed for admins; it owns no table, only the folder ACADEMY_BACKUP_DIR.
 */
package org.committeeacademy.backup;

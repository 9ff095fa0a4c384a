/**
 * Accounts and how people get and use them: roles, password hashing and policy, the login lock, the authentication
 * mechanism, invitations (with the id of a committee to confirm on acceptance), self-registration, password reset by one-time links and ambassadors; it owns {@code
 * account}, {@code account_role}, {@code invitation}, {@code registration}, {@code one_time_token}, {@code ambassador}
 * and {@code referral}.
 */
package org.committeeacademy.identity;

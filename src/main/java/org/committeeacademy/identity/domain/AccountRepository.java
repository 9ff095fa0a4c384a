package org.committeeacademy.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String normalizedEmail);

    /** These accounts (those that exist), with their roles, in two queries however many they are. */
    List<Account> findAll(java.util.Collection<Long> ids);

    /** The names of these accounts by id (for lists that show people, one query). */
    java.util.Map<Long, String> names(java.util.Collection<Long> ids);

    /** The session version of an account not erased, read from the database (empty: no such account any more). */
    java.util.OptionalInt sessionVersion(long id);

    /** One page of the accounts the search finds, by name. */
    List<Account> page(AccountSearch search, int first, int size);

    long count(AccountSearch search);

    Account add(Account account);

    /** Accounts holding the role, by name, e.g. the trainers to choose from. */
    List<Account> withRole(Role role);

    /** Locks the account's row until the transaction ends, so two bookings of one trainer happen in turn. */
    Optional<Account> findForBooking(long id);
}

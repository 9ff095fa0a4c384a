package org.committeeacademy.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByEmail(String normalizedEmail);

    List<Account> page(int first, int size);

    long count();

    Account add(Account account);
}

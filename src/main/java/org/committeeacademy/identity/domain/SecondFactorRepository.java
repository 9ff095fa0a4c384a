package org.committeeacademy.identity.domain;

import java.util.Optional;

public interface SecondFactorRepository {

    Optional<SecondFactor> find(long accountId);

    SecondFactor save(SecondFactor factor);

    void delete(long accountId);
}

package org.committeeacademy.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of work, e.g. a change and the answer that describes it, in one transaction: the answer is read under
 * the locks the change took, so it neither waits behind other requests nor can it disagree with what was saved.
 */
@ApplicationScoped
public class Transactions {

    @Transactional
    public <T> T inOne(Supplier<T> work) {
        return work.get();
    }
}

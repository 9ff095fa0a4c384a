package org.committeeacademy.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's consents, old and standing. Giving one that already stands for the current text changes nothing;
 * a new text version asks for a new consent; withdrawing ends the standing one.
 */
public final class Consents {

    private final long accountId;
    private final List<Consent> all;

    public Consents(long accountId, List<Consent> all) {
        this.accountId = accountId;
        this.all = new ArrayList<>(all);
    }

    public Optional<Consent> standing(ConsentKind kind) {
        return all.stream().filter(c -> c.kind() == kind && c.isStanding()).findFirst();
    }

    /** Whether the person agreed to the text as it reads now. */
    public boolean covers(ConsentKind kind) {
        return standing(kind)
                .filter(c -> c.textVersion().equals(TextVersions.of(kind)))
                .isPresent();
    }

    /** @return the new consent to store, or empty when the current text is already agreed to */
    public Optional<Consent> give(ConsentKind kind, Instant now) {
        if (covers(kind)) {
            return Optional.empty();
        }
        standing(kind).ifPresent(old -> old.withdraw(now));
        Consent consent = new Consent(accountId, kind, TextVersions.of(kind), now);
        all.add(consent);
        return Optional.of(consent);
    }

    /** @return whether a standing consent ended (and so the data it covered must go) */
    public boolean withdraw(ConsentKind kind, Instant now) {
        Optional<Consent> standing = standing(kind);
        standing.ifPresent(c -> c.withdraw(now));
        return standing.isPresent();
    }

    public List<Consent> all() {
        return List.copyOf(all);
    }
}

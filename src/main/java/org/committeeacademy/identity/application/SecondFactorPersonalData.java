package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.identity.domain.SecondFactorRepository;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The second factor in the export: whether it is on, since when and how many recovery codes are left — never the
 * secret or the codes' hashes, which would let the export's reader pass the second step. Erasure removes it.
 */
@ApplicationScoped
public class SecondFactorPersonalData implements PersonalDataSection {

    @Inject
    SecondFactorRepository factors;

    @Override
    public String key() {
        return "secondFactor";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(SecondFactor.class);
    }

    @Override
    public JsonValue export(long accountId) {
        return factors.find(accountId)
                .map(f -> {
                    JsonObjectBuilder json = Jsons.createObjectBuilder()
                            .add("enabled", f.enabled())
                            .add("recoveryCodesLeft", f.recoveryCodesLeft());
                    if (f.enabledAt() != null) {
                        json.add("enabledAt", f.enabledAt().toString());
                    }
                    return (JsonValue) json.build();
                })
                .orElse(JsonValue.NULL);
    }

    @Override
    public void erase(long accountId) {
        factors.delete(accountId);
    }
}

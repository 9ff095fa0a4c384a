package org.committeeacademy.survey.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.survey.domain.ItemKind;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.domain.SurveyFormRepository;
import org.committeeacademy.survey.domain.SurveyItem;

/** A series' adapted survey form: its items in order, in German and English and, where given, Turkish, Arabic, Ukrainian. */
@ApplicationScoped
public class JpaSurveyForms implements SurveyFormRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaSurveyForms() {}

    public JpaSurveyForms(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SurveyForm> formOf(long seriesId) {
        List<Object[]> rows = SqlLists.rows(em.createNativeQuery("SELECT item_key, item_kind, label_de, label_en,"
                        + " label_tr, label_ar, label_uk FROM survey_item WHERE series_id = ? ORDER BY sort_order")
                .setParameter(1, seriesId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SurveyForm(rows.stream()
                .map(r -> new SurveyItem((String) r[0], ItemKind.valueOf((String) r[1]), label(r)))
                .toList()));
    }

    private static LocalizedText label(Object[] row) {
        Map<Language, String> others = new EnumMap<>(Language.class);
        others.put(Language.TR, (String) row[4]);
        others.put(Language.AR, (String) row[5]);
        others.put(Language.UK, (String) row[6]);
        return new LocalizedText((String) row[2], (String) row[3], others);
    }

    @Override
    public void saveForm(long seriesId, SurveyForm form) {
        em.createNativeQuery("DELETE FROM survey_item WHERE series_id = ?")
                .setParameter(1, seriesId)
                .executeUpdate();
        int order = 0;
        for (SurveyItem item : form.items()) {
            LocalizedText label = item.label();
            em.createNativeQuery("INSERT INTO survey_item (series_id, item_key, item_kind, label_de, label_en,"
                            + " label_tr, label_ar, label_uk, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, seriesId)
                    .setParameter(2, item.key())
                    .setParameter(3, item.kind().name())
                    .setParameter(4, label.de())
                    .setParameter(5, label.en())
                    .setParameter(6, label.own(Language.TR))
                    .setParameter(7, label.own(Language.AR))
                    .setParameter(8, label.own(Language.UK))
                    .setParameter(9, order++)
                    .executeUpdate();
        }
    }
}

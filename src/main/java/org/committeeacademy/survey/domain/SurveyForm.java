package org.committeeacademy.survey.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.survey.application.SurveyPhase;

/**
 * A series' survey: satisfaction items and free-text questions that staff adapt, and the five outcome items that
 * every series asks in the same words' sense (their keys are fixed, so baseline, after-module and follow-up answers
 * can be compared). After a module all items are asked; at baseline and follow-up the outcome items and free text.
 */
public final class SurveyForm {

    public static final int MAX_LABEL = 500;
    public static final List<String> OUTCOME_KEYS = List.of("decisions", "whom", "connected", "contacts", "confident");

    private final List<SurveyItem> items;

    public SurveyForm(List<SurveyItem> items) {
        this.items = List.copyOf(items);
    }

    /**
     * The standard form, in all five languages (the Turkish, Arabic and Ukrainian texts await review by native
     * speakers, as the bundles do). V53 gives these texts to forms staff saved while the wording was still standard.
     */
    public static SurveyForm standard() {
        return new SurveyForm(List.of(
                item(
                        "overall",
                        ItemKind.SATISFACTION,
                        "Das Modul war insgesamt hilfreich für mich.",
                        "Overall, the module was helpful to me.",
                        "Modül genel olarak benim için faydalıydı.",
                        "كانت الوحدة مفيدة لي بشكل عام.",
                        "Загалом модуль був для мене корисним."),
                item(
                        "clarity",
                        ItemKind.SATISFACTION,
                        "Die Inhalte waren verständlich.",
                        "The content was easy to understand.",
                        "İçerik kolay anlaşılırdı.",
                        "كان المحتوى سهل الفهم.",
                        "Зміст був зрозумілим."),
                item(
                        "trainer",
                        ItemKind.SATISFACTION,
                        "Die Leitung hat gut erklärt und alle einbezogen.",
                        "The trainer explained well and included everyone.",
                        "Eğitmen iyi anlattı ve herkesi sürece kattı.",
                        "شرح المدرّب جيدًا وأشرك الجميع.",
                        "Ведучі добре пояснювали й залучали всіх."),
                item(
                        "decisions",
                        ItemKind.OUTCOME,
                        "Ich verstehe, wie in meiner Kommune Entscheidungen getroffen werden.",
                        "I understand how decisions are made in my municipality.",
                        "Belediyemde kararların nasıl alındığını anlıyorum.",
                        "أفهم كيف تُتَّخذ القرارات في بلديتي.",
                        "Я розумію, як у моїй громаді ухвалюються рішення."),
                item(
                        "whom",
                        ItemKind.OUTCOME,
                        "Ich weiß, an wen ich mich mit meinem Anliegen wenden kann.",
                        "I know whom to approach for my goal.",
                        "Talebim için kime başvurabileceğimi biliyorum.",
                        "أعرف إلى من أتوجّه بشأن ما أسعى إليه.",
                        "Я знаю, до кого звернутися зі своєю справою."),
                item(
                        "connected",
                        ItemKind.OUTCOME,
                        "Ich fühle mich mit den anderen Mitgliedern verbunden.",
                        "I feel connected to the other members.",
                        "Kendimi diğer üyelere bağlı hissediyorum.",
                        "أشعر بالارتباط بالأعضاء الآخرين.",
                        "Я відчуваю зв’язок з іншими членами комітету."),
                item(
                        "contacts",
                        ItemKind.OUTCOME,
                        "Ich habe neue Kontakte geknüpft.",
                        "I have made new contacts.",
                        "Yeni bağlantılar kurdum.",
                        "تعرّفت على أشخاص جدد وكوّنت علاقات جديدة.",
                        "У мене з’явилися нові контакти."),
                item(
                        "confident",
                        ItemKind.OUTCOME,
                        "Ich traue mir zu, aktiv zu werden.",
                        "I feel confident to act.",
                        "Harekete geçebileceğime güveniyorum.",
                        "أثق بقدرتي على المبادرة والعمل.",
                        "Я відчуваю впевненість, що можу діяти."),
                item(
                        "comments",
                        ItemKind.FREE_TEXT,
                        "Was möchten Sie uns noch sagen?",
                        "Is there anything else you would like to tell us?",
                        "Bize söylemek istediğiniz başka bir şey var mı?",
                        "هل هناك شيء آخر تريد أن تخبرنا به؟",
                        "Чи хочете Ви сказати нам ще щось?")));
    }

    private static SurveyItem item(String key, ItemKind kind, String de, String en, String tr, String ar, String uk) {
        return new SurveyItem(
                key, kind, new LocalizedText(de, en, Map.of(Language.TR, tr, Language.AR, ar, Language.UK, uk)));
    }

    public List<SurveyItem> items() {
        return items;
    }

    public List<SurveyItem> askedIn(SurveyPhase phase) {
        return items.stream()
                .filter(i -> phase == SurveyPhase.AFTER_MODULE || i.kind() != ItemKind.SATISFACTION)
                .toList();
    }

    /**
     * The form staff saved: every outcome item still there with the same key, every label given in German and
     * English, keys unique. New items come without a key and get one.
     */
    public SurveyForm revisedTo(List<SurveyItem> revised) {
        List<ValidationException.Violation> violations = new ArrayList<>();
        List<SurveyItem> keyed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < revised.size(); i++) {
            SurveyItem item = revised.get(i);
            String de = item.label().de() == null ? "" : item.label().de().strip();
            String en = item.label().en() == null ? "" : item.label().en().strip();
            if (de.isEmpty() || en.isEmpty()) {
                violations.add(new ValidationException.Violation("items:" + i, "survey.item.labelRequired"));
            } else if (de.length() > MAX_LABEL || en.length() > MAX_LABEL) {
                violations.add(new ValidationException.Violation("items:" + i, "survey.item.labelTooLong"));
            }
            String key = item.key().isBlank() ? newKey(item.kind()) : item.key();
            if (item.kind() == ItemKind.OUTCOME && !OUTCOME_KEYS.contains(key)) {
                violations.add(new ValidationException.Violation("items:" + i, "survey.item.outcomeFixed"));
            }
            if (!keys.add(key)) {
                violations.add(new ValidationException.Violation("items:" + i, "survey.item.duplicate"));
            }
            keyed.add(new SurveyItem(key, item.kind(), translated(key, de, en)));
        }
        if (!keys.containsAll(OUTCOME_KEYS)) {
            violations.add(new ValidationException.Violation("items", "survey.item.outcomeFixed"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new SurveyForm(keyed);
    }

    /**
     * The item's text: with this form's Turkish, Arabic and Ukrainian texts while the German and English wording is
     * unchanged (a reworded question drops them, as they would no longer say the same).
     */
    private LocalizedText translated(String key, String de, String en) {
        return items.stream()
                .filter(i -> i.key().equals(key)
                        && de.equals(i.label().de())
                        && en.equals(i.label().en()))
                .map(SurveyItem::label)
                .findFirst()
                .orElseGet(() -> new LocalizedText(de, en));
    }

    private static String newKey(ItemKind kind) {
        return (kind == ItemKind.FREE_TEXT ? "text-" : "item-")
                + UUID.randomUUID().toString().substring(0, 8);
    }
}

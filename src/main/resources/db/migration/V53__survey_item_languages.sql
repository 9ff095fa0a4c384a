-- Issue 21: survey questions in Turkish, Arabic and Ukrainian. The standard questions are written in code
-- (SurveyForm.standard) and now carry these texts; a form staff saved has its own rows here, in German and English
-- only. Each saved row that still has the standard wording of its key gets the standard translations; a reworded or
-- added question stays without (the page then shows its English text) until staff give it its own.
-- Portable SQL (Derby 10.16 and PostgreSQL 12+).
ALTER TABLE survey_item ADD COLUMN label_tr VARCHAR(500);
ALTER TABLE survey_item ADD COLUMN label_ar VARCHAR(500);
ALTER TABLE survey_item ADD COLUMN label_uk VARCHAR(500);

UPDATE survey_item
SET label_tr = 'Modül genel olarak benim için faydalıydı.',
    label_ar = 'كانت الوحدة مفيدة لي بشكل عام.',
    label_uk = 'Загалом модуль був для мене корисним.'
WHERE item_key = 'overall' AND label_de = 'Das Modul war insgesamt hilfreich für mich.' AND label_en = 'Overall, the module was helpful to me.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'İçerik kolay anlaşılırdı.',
    label_ar = 'كان المحتوى سهل الفهم.',
    label_uk = 'Зміст був зрозумілим.'
WHERE item_key = 'clarity' AND label_de = 'Die Inhalte waren verständlich.' AND label_en = 'The content was easy to understand.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Eğitmen iyi anlattı ve herkesi sürece kattı.',
    label_ar = 'شرح المدرّب جيدًا وأشرك الجميع.',
    label_uk = 'Ведучі добре пояснювали й залучали всіх.'
WHERE item_key = 'trainer' AND label_de = 'Die Leitung hat gut erklärt und alle einbezogen.' AND label_en = 'The trainer explained well and included everyone.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Belediyemde kararların nasıl alındığını anlıyorum.',
    label_ar = 'أفهم كيف تُتَّخذ القرارات في بلديتي.',
    label_uk = 'Я розумію, як у моїй громаді ухвалюються рішення.'
WHERE item_key = 'decisions' AND label_de = 'Ich verstehe, wie in meiner Kommune Entscheidungen getroffen werden.' AND label_en = 'I understand how decisions are made in my municipality.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Talebim için kime başvurabileceğimi biliyorum.',
    label_ar = 'أعرف إلى من أتوجّه بشأن ما أسعى إليه.',
    label_uk = 'Я знаю, до кого звернутися зі своєю справою.'
WHERE item_key = 'whom' AND label_de = 'Ich weiß, an wen ich mich mit meinem Anliegen wenden kann.' AND label_en = 'I know whom to approach for my goal.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Kendimi diğer üyelere bağlı hissediyorum.',
    label_ar = 'أشعر بالارتباط بالأعضاء الآخرين.',
    label_uk = 'Я відчуваю зв’язок з іншими членами комітету.'
WHERE item_key = 'connected' AND label_de = 'Ich fühle mich mit den anderen Mitgliedern verbunden.' AND label_en = 'I feel connected to the other members.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Yeni bağlantılar kurdum.',
    label_ar = 'تعرّفت على أشخاص جدد وكوّنت علاقات جديدة.',
    label_uk = 'У мене з’явилися нові контакти.'
WHERE item_key = 'contacts' AND label_de = 'Ich habe neue Kontakte geknüpft.' AND label_en = 'I have made new contacts.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Harekete geçebileceğime güveniyorum.',
    label_ar = 'أثق بقدرتي على المبادرة والعمل.',
    label_uk = 'Я відчуваю впевненість, що можу діяти.'
WHERE item_key = 'confident' AND label_de = 'Ich traue mir zu, aktiv zu werden.' AND label_en = 'I feel confident to act.'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

UPDATE survey_item
SET label_tr = 'Bize söylemek istediğiniz başka bir şey var mı?',
    label_ar = 'هل هناك شيء آخر تريد أن تخبرنا به؟',
    label_uk = 'Чи хочете Ви сказати нам ще щось?'
WHERE item_key = 'comments' AND label_de = 'Was möchten Sie uns noch sagen?' AND label_en = 'Is there anything else you would like to tell us?'
    AND label_tr IS NULL AND label_ar IS NULL AND label_uk IS NULL;

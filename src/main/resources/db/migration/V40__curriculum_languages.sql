-- Issue 21: the curriculum's titles and summaries in Turkish, Arabic and Ukrainian (English, then German, where
-- a text has none), and the language a member wrote a worksheet in, which the trainers see.
ALTER TABLE series ADD COLUMN title_tr VARCHAR(300);
ALTER TABLE series ADD COLUMN title_ar VARCHAR(300);
ALTER TABLE series ADD COLUMN title_uk VARCHAR(300);
ALTER TABLE series ADD COLUMN summary_tr VARCHAR(4000);
ALTER TABLE series ADD COLUMN summary_ar VARCHAR(4000);
ALTER TABLE series ADD COLUMN summary_uk VARCHAR(4000);
ALTER TABLE training_module ADD COLUMN title_tr VARCHAR(300);
ALTER TABLE training_module ADD COLUMN title_ar VARCHAR(300);
ALTER TABLE training_module ADD COLUMN title_uk VARCHAR(300);
ALTER TABLE training_module ADD COLUMN summary_tr VARCHAR(4000);
ALTER TABLE training_module ADD COLUMN summary_ar VARCHAR(4000);
ALTER TABLE training_module ADD COLUMN summary_uk VARCHAR(4000);

ALTER TABLE worksheet ADD COLUMN written_in VARCHAR(5);
ALTER TABLE worksheet ADD CONSTRAINT worksheet_written_in_check
    CHECK (written_in IN ('de', 'en', 'tr', 'ar', 'uk'));

-- Texts of a module's self-paced units edited in the application (issue 23), by unit key:
-- {"unit-key": {"title": {"de": …, "en": …}, "summary": {…}, "pages": [{"title": {…}, "text": {…}}, …]}}. They take
-- the place of the loaded texts, and loading never overwrites them.
ALTER TABLE training_module ADD COLUMN local_units ${large_text};

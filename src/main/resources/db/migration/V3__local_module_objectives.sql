-- Learning objectives edited in the application ({"de": [...], "en": [...]}); they take the place of
-- the loaded ones in the catalogue and the API, and loading never overwrites them.
ALTER TABLE training_module ADD COLUMN local_objectives ${large_text};

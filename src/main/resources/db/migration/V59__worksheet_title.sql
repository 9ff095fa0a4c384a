-- The title of each worksheet's template, beside the template (issue 27). The member's home lists every worksheet by
-- its title, and reading each whole template for that (every language, ~30 KB, a CLOB on Derby) made the home the
-- slowest page. The column holds the template's "title" as the template has it (a JSON object with a text per
-- language); V60 fills it for the worksheets that exist. It stays NULL only for a title longer than the column, which
-- is then read from the template.
ALTER TABLE worksheet ADD COLUMN title VARCHAR(4000);

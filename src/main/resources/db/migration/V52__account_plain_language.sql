-- Issue 21: German in plain language (Einfache Sprache) is kept on the account like the language itself, so that a
-- person who chose it finds it again after signing in on any device. Only ever true with preferred_language 'de'.
-- Portable SQL (Derby 10.16 and PostgreSQL 12+).
ALTER TABLE account ADD COLUMN plain_language BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD CONSTRAINT account_plain_german CHECK (plain_language = FALSE OR preferred_language = 'de');

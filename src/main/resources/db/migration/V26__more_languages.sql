-- Issue 21: accounts, invitations, registrations and the interest list may choose Turkish, Arabic and Ukrainian too.
-- The application offers a language only once its message bundle is shipped; the database accepts all five.
ALTER TABLE account DROP CONSTRAINT account_language_check;
ALTER TABLE account ADD CONSTRAINT account_language_check
    CHECK (preferred_language IN ('de', 'en', 'tr', 'ar', 'uk'));

ALTER TABLE invitation DROP CONSTRAINT invitation_language_check;
ALTER TABLE invitation ADD CONSTRAINT invitation_language_check
    CHECK (preferred_language IN ('de', 'en', 'tr', 'ar', 'uk'));

ALTER TABLE registration DROP CONSTRAINT registration_language_check;
ALTER TABLE registration ADD CONSTRAINT registration_language_check
    CHECK (preferred_language IN ('de', 'en', 'tr', 'ar', 'uk'));

ALTER TABLE interest_entry DROP CONSTRAINT interest_language_check;
ALTER TABLE interest_entry ADD CONSTRAINT interest_language_check
    CHECK (mail_language IN ('de', 'en', 'tr', 'ar', 'uk'));

-- When a member last looked at a cohort's materials, so the page can mark what is new since then.
-- Portable SQL (Derby 10.16 and PostgreSQL 12+).

CREATE TABLE material_visit (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    cohort_id BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    visited_at TIMESTAMP NOT NULL,
    PRIMARY KEY (account_id, cohort_id)
);

-- The state coordinator keeps the shared curriculum and watches anonymous figures across all organisations: a role
-- of its own, so that none of the staff pages with people open to them. V1's check allowed four roles only.
ALTER TABLE account_role DROP CONSTRAINT account_role_check;

ALTER TABLE account_role
    ADD CONSTRAINT account_role_check CHECK (role_name IN ('MEMBER', 'TRAINER', 'STAFF', 'COORDINATOR', 'ADMIN'));

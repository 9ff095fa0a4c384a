-- Invitations and requests to join belong to an organisation, like venues: its staff look after them, and staff of
-- another organisation never see them. What exists goes to the organisation V21 moved everything into (the first
-- one), so nothing is lost; on an empty database nothing moves.
ALTER TABLE invitation ADD COLUMN organisation_id BIGINT;
UPDATE invitation SET organisation_id = (SELECT MIN(id) FROM organisation);
ALTER TABLE invitation ADD CONSTRAINT invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX invitation_organisation_id ON invitation (organisation_id);

ALTER TABLE registration ADD COLUMN organisation_id BIGINT;
UPDATE registration SET organisation_id = (SELECT MIN(id) FROM organisation);
ALTER TABLE registration ADD CONSTRAINT registration_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
CREATE INDEX registration_organisation_id ON registration (organisation_id);

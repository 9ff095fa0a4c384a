-- A goal may point to a paper of the council information system (OParl), by the paper's OParl id: the link outlives
-- a paper that is re-imported or briefly gone, and the goal shows the paper's consultations while it is imported.
ALTER TABLE goal ADD COLUMN paper_oparl_id VARCHAR(1000);

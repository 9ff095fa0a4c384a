-- Erasure (GDPR art. 17): an erased account keeps its row, so that anonymous figures (seats, attendance, completion)
-- stay right, but its name, address and password are replaced and erased_at says when.
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP;

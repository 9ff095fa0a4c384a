-- A series may mark some of its modules optional (series.yaml `optional`, or the curriculum editor): a member
-- completes the series without them, and a certificate lists one only when the member took it.
CREATE TABLE series_optional_module (
    series_id BIGINT NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    module_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (series_id, module_key)
);

-- Scheduled jobs run once per cluster: before a timer run, an instance takes the job's lease, one row per job. It
-- holds while the instance keeps running the job and renewing it; an instance that died loses it when expires_at has
-- passed, and the next instance whose timer fires takes it over. The primary key lets only one instance create it.
CREATE TABLE job_lease (
    job VARCHAR(100) NOT NULL PRIMARY KEY,
    holder VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP NOT NULL
);

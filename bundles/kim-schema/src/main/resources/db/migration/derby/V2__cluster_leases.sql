-- Leases of the background jobs that run once per cluster (the core's cluster/Leases): the outbox, the audit
-- sealer, the hand-over deadline sweep, the yearly state export and monitoring snapshot.
CREATE TABLE KIM_LEASE (
    NAME VARCHAR(60) NOT NULL PRIMARY KEY,
    HOLDER VARCHAR(200) NOT NULL,
    EXPIRES_AT BIGINT NOT NULL
);

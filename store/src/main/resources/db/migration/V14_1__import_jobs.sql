-- Import jobs (issue 10): the outcome of every upload import, readable after a restart and by every
-- instance on the same database. The row is written when the import starts (status 'running'); success is
-- written in the same transaction as the data, so 'succeeded' means the data are stored; a failure is
-- written after the rollback. A job whose process died stays 'running' without heartbeat and is marked
-- 'failed' (code 'interrupted') by the next instance that looks.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1).
-- Never edit this file once it has landed; change the schema in a new migration.
CREATE TABLE import_job (
    id              VARCHAR(36)   NOT NULL,
    dataset         VARCHAR(63)   NOT NULL,
    -- the file name as the user gave it (or cbs:TABLEID)
    source          VARCHAR(255)  NOT NULL,
    format          VARCHAR(20)   NOT NULL,
    -- the username of who started it
    started_by      VARCHAR(64)   NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- renewed while the import runs; a running job without heartbeat was left by a process that died
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    status          VARCHAR(12)   NOT NULL,
    -- lines or rows read so far
    records         BIGINT        DEFAULT 0 NOT NULL,
    -- observations stored and whether the dataset was new, once succeeded
    observations    BIGINT,
    created_dataset BOOLEAN,
    skipped         BIGINT,
    -- the importer's notes, one a line, once succeeded
    notes           VARCHAR(4000) DEFAULT '' NOT NULL,
    -- why it failed (English, as the importer says it), with line and field where known
    message         VARCHAR(2000) DEFAULT '' NOT NULL,
    line            BIGINT        DEFAULT 0 NOT NULL,
    field           VARCHAR(100)  DEFAULT '' NOT NULL,
    -- the kind of problem for the translated message, and its arguments one a line
    code            VARCHAR(40)   DEFAULT '' NOT NULL,
    arguments       VARCHAR(1000) DEFAULT '' NOT NULL,
    CONSTRAINT import_job_pk PRIMARY KEY (id),
    CONSTRAINT import_job_status_ck CHECK (status IN ('running', 'succeeded', 'failed'))
);

CREATE INDEX import_job_started_ix ON import_job (started_at);

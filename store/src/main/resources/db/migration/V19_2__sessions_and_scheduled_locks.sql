-- Several instances, one PostgreSQL (issue 14, ADR 0027).
--
-- Sessions live in the database (Spring Session JDBC), so a user stays logged in whichever instance
-- answers and across restarts. The two tables are Spring Session's own (its schema-postgresql.sql and
-- schema-h2.sql differ only in the binary type; BYTEA is the same type on both here). Spring Boot's own
-- schema initialisation is switched off: Flyway is the only thing that changes the schema.
--
-- scheduled_lock lets scheduled work (the deletion of expired scan answers, …) run once across the
-- instances: an instance runs a job only after it moved locked_until of the job's row into the future.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1).
-- Never edit this file once it has landed; change the schema in a new migration.

CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE scheduled_lock (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- milliseconds since the epoch until which the job is taken
    locked_until BIGINT       NOT NULL,
    locked_at    BIGINT       NOT NULL,
    locked_by    VARCHAR(200) NOT NULL
);

-- Several instances, one PostgreSQL (issue 14): the public questionnaire counts FAILED token look-ups per
-- client address in the database, so every instance behind a load balancer sees the same count and a
-- guesser cannot spread their tries over the instances. One row per client and fixed window; rows of
-- ended windows are deleted as new failures come in. The client is kept as a SHA-256 of its address.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1).
-- Never edit this file once it has landed; change the schema in a new migration.

CREATE TABLE public_lookup_failure (
    client_key   VARCHAR(64) NOT NULL,
    window_start BIGINT      NOT NULL,
    failures     INTEGER     NOT NULL,
    PRIMARY KEY (client_key, window_start)
);

CREATE INDEX public_lookup_failure_window ON public_lookup_failure (window_start);

-- The published results of a scan (METHODS.md section 10, ADR 0011): made once, when the scan has
-- closed (at its closing moment, or earlier when the employer closes it), from all its responses, and
-- never changed afterwards. Every view and export of the results reads these rows, so an employer sees
-- exactly one version of a scan's results and has nothing to difference over time. After the retention
-- period the raw answers and ideas are deleted (answers_deleted_at) and only these rows remain.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1). Everything hangs off scan, which cascades from
-- organisation. Never edit this file once it has landed; change the schema in a new migration.

CREATE TABLE scan_publication (
    scan_id            BIGINT  NOT NULL PRIMARY KEY,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the responses the results rest on: every response of the closed scan
    responses          INTEGER NOT NULL,
    -- the anonymity threshold applied (at least 5)
    k                  INTEGER NOT NULL,
    -- when the retention job deleted the raw answers and ideas; NULL while they are kept
    answers_deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT scan_publication_scan_fk FOREIGN KEY (scan_id) REFERENCES scan (id) ON DELETE CASCADE,
    CONSTRAINT scan_publication_k_ck CHECK (k >= 5),
    CONSTRAINT scan_publication_responses_ck CHECK (responses >= 0)
);

-- A group of respondents as published: all respondents (group_order 0) and each team in the scan's
-- order. A hidden group has no size and no scores, only why it is hidden: FEW (fewer than k
-- respondents) or PROTECTS (hidden so that a smaller group cannot be derived by subtraction).
CREATE TABLE scan_publication_group (
    scan_id     BIGINT       NOT NULL,
    group_order INTEGER      NOT NULL,
    group_name  VARCHAR(100) NOT NULL,
    respondents INTEGER,
    hidden      VARCHAR(8),
    CONSTRAINT scan_publication_group_pk PRIMARY KEY (scan_id, group_order),
    CONSTRAINT scan_publication_group_fk FOREIGN KEY (scan_id) REFERENCES scan_publication (scan_id)
        ON DELETE CASCADE,
    CONSTRAINT scan_publication_group_ck CHECK (
        (respondents IS NULL AND hidden IN ('FEW', 'PROTECTS')) OR (respondents >= 0 AND hidden IS NULL))
);

-- A shown scale score of a group, in whole points 0..100 (pillar scores and the TOP balance follow
-- from these, so they are not stored).
CREATE TABLE scan_publication_score (
    scan_id     BIGINT      NOT NULL,
    group_order INTEGER     NOT NULL,
    -- the instrument's scale id, e.g. tech.tools
    scale_id    VARCHAR(64) NOT NULL,
    score       SMALLINT    NOT NULL,
    CONSTRAINT scan_publication_score_pk PRIMARY KEY (scan_id, group_order, scale_id),
    CONSTRAINT scan_publication_score_fk FOREIGN KEY (scan_id, group_order)
        REFERENCES scan_publication_group (scan_id, group_order) ON DELETE CASCADE,
    CONSTRAINT scan_publication_score_ck CHECK (score BETWEEN 0 AND 100)
);

-- The ideas released with a shown group, in alphabetical order, without anything about their writer.
CREATE TABLE scan_publication_idea (
    scan_id     BIGINT        NOT NULL,
    group_order INTEGER       NOT NULL,
    idea_order  INTEGER       NOT NULL,
    idea_text   VARCHAR(2000) NOT NULL,
    CONSTRAINT scan_publication_idea_pk PRIMARY KEY (scan_id, group_order, idea_order),
    CONSTRAINT scan_publication_idea_fk FOREIGN KEY (scan_id, group_order)
        REFERENCES scan_publication_group (scan_id, group_order) ON DELETE CASCADE
);

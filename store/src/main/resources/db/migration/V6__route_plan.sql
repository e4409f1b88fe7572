-- Route plan (METHODS.md section 13): what an organisation decided about the interventions of its
-- generated plan. The plan itself is generated from the scan results and the catalogue every time
-- and never stored; only the organisation's choices are.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1). The table belongs to an organisation with
-- ON DELETE CASCADE. Never edit this file once it has landed; change the schema in a new migration.

CREATE TABLE route_choice (
    organisation_id BIGINT        NOT NULL,
    -- the id of an intervention in the route-plan catalogue, e.g. org-cut-rules
    intervention_id VARCHAR(64)   NOT NULL,
    -- TRUE when the organisation chose to carry it out; FALSE when it decided not to (or undid a choice)
    chosen          BOOLEAN       NOT NULL,
    -- who in the organisation takes it on (a name or role, free text); NULL when nobody yet
    owner           VARCHAR(200),
    -- the planned or actual start; NULL when not planned yet
    start_date      DATE,
    -- a free-text note of the organisation
    note            VARCHAR(1000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT route_choice_pk PRIMARY KEY (organisation_id, intervention_id),
    CONSTRAINT route_choice_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
);

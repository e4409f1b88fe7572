-- Operators are not readers (issue 9, ADR 0015): tokens made by the operator on the machine never open
-- organisation data, and an administrator reaches an organisation only while it grants support access.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1).
-- Never edit this file once it has landed; change the schema in a new migration.

-- TRUE for a token the operator made with the command line (./werkkracht users token NAME): it works
-- for the monitor, data imports and user management, never for an organisation's data.
ALTER TABLE api_token ADD COLUMN operator_issued BOOLEAN DEFAULT FALSE NOT NULL;

-- Support access an organisation grants to the platform's administrators, for a limited time. At most
-- one grant per organisation: a new grant replaces the old one, revoking deletes it, and a grant whose
-- expires_at has passed grants nothing. Deleted with the organisation.
CREATE TABLE support_access (
    organisation_id BIGINT      NOT NULL,
    -- the member who granted it (username)
    granted_by      VARCHAR(64) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_access_pk PRIMARY KEY (organisation_id),
    CONSTRAINT support_access_org_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT support_access_period_ck CHECK (expires_at > granted_at)
);

CREATE INDEX support_access_expires_ix ON support_access (expires_at);

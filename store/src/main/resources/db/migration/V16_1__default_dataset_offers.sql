-- Which shipped default datasets this database has been offered (issue 11): a default dataset added in
-- a later release is loaded into an existing database once, on the first start after the upgrade, and
-- never again (a user who deletes it keeps it deleted), and never over a dataset a user imported under
-- the same name. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE default_dataset_offer (
    name       VARCHAR(63)              NOT NULL,
    -- LOADED, or NAME_TAKEN when a dataset of that name (a user's import) already existed
    outcome    VARCHAR(16)              NOT NULL,
    offered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT default_dataset_offer_pk PRIMARY KEY (name)
);

-- Databases that already hold data were offered the three defaults of earlier releases on their first start.
INSERT INTO default_dataset_offer (name, outcome, offered_at)
SELECT 'nama_10_a64', 'LOADED', CURRENT_TIMESTAMP FROM dataset HAVING COUNT(*) > 0;
INSERT INTO default_dataset_offer (name, outcome, offered_at)
SELECT 'euklems', 'LOADED', CURRENT_TIMESTAMP FROM dataset HAVING COUNT(*) > 0;
INSERT INTO default_dataset_offer (name, outcome, offered_at)
SELECT 'nama_10r', 'LOADED', CURRENT_TIMESTAMP FROM dataset HAVING COUNT(*) > 0;

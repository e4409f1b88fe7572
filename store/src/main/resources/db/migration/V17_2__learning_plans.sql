-- Learning on the job per affected role of a technology impact analysis (issue 13): who owns it and when it
-- runs. What to learn and how follow from the analysis and are not stored. Portable SQL (H2 2.x, PostgreSQL 15).
CREATE TABLE technology_impact_learning (
    analysis_id BIGINT       NOT NULL,
    role_name   VARCHAR(100) NOT NULL,
    owner       VARCHAR(200),
    start_date  DATE,
    end_date    DATE,
    CONSTRAINT technology_impact_learning_pk PRIMARY KEY (analysis_id, role_name),
    CONSTRAINT technology_impact_learning_fk FOREIGN KEY (analysis_id) REFERENCES technology_impact (id) ON DELETE CASCADE,
    CONSTRAINT technology_impact_learning_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

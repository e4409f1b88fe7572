-- Learning on the job (issue 13): the day a learning plan was marked done, so that the follow-up can tell a plan
-- that happened from one whose end date merely passed. Empty while not done. Portable SQL (H2 2.x, PostgreSQL 15).
ALTER TABLE technology_impact_learning ADD COLUMN done_on DATE;

-- Issue 14: imports write every row into each index of observation, and the second index
-- (observation_query_ix: dataset, measure, sector, period_year) cost an import on H2 a fifth of its time and
-- most of the growth of the database file (an experiment with 500,000 rows: 696 MB with it, 132 MB without),
-- and every COPY on PostgreSQL another random B-tree insert per row. The primary key (dataset_id, measure,
-- region, sector, period, price_basis) serves the same queries by its prefix: one dataset and its measures,
-- then region and sector; the monitor reads prepared answers (ADR 0025), not this table per request.
-- Portable SQL, as every migration: runs unchanged on H2 and PostgreSQL.
DROP INDEX observation_query_ix;

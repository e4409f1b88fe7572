-- Made-up data in the schema of the previous release (main at commit 69ead6a, migrations up to V13_1),
-- for the upgrade and backup tests (issue 14). Nothing here is a real statistic or a real person.
INSERT INTO dataset (id, name, title, source, licence, source_url, retrieved, description, imported_at)
VALUES (901, 'upgrade_test', 'Verzonnen testreeks', 'verzonnen', 'CC0', 'https://example.invalid/', DATE '2026-01-02',
        'made-up data for the upgrade test', TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00:00');
INSERT INTO observation (dataset_id, measure, region, sector, period, period_year, period_quarter, price_basis,
                         obs_value, unit, status)
VALUES (901, 'GVA', 'NL', 'TOTAL', '2020', 2020, 0, 'CP', 812345.5, 'EUR_MILLION', 'NORMAL'),
       (901, 'GVA', 'NL', 'TOTAL', '2021', 2021, 0, 'CP', 856789.25, 'EUR_MILLION', 'PROVISIONAL'),
       (901, 'EMPLOYMENT_PERSONS', 'NL', 'TOTAL', '2021', 2021, 0, '', NULL, 'THOUSAND_PERSONS', 'CONFIDENTIAL');
INSERT INTO app_user (id, username, password_hash, role, enabled, created_at, last_login_at, password_change_required)
VALUES (901, 'upgrade-analyst', '{argon2}not-a-real-hash', 'ANALYST', TRUE,
        TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00+00:00', NULL, FALSE),
       (902, 'upgrade-employer', '{argon2}not-a-real-hash-either', 'EMPLOYER', TRUE,
        TIMESTAMP WITH TIME ZONE '2026-01-03 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-04 08:30:00+00:00', TRUE);
INSERT INTO api_token (id, user_id, token_hash, name, created_at, last_used_at, revoked, operator_issued)
VALUES (901, 901, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'script',
        TIMESTAMP WITH TIME ZONE '2026-01-02 11:00:00+00:00', NULL, FALSE, FALSE);
INSERT INTO organisation (id, name, sector, size_class, region, contact_name, contact_email, created_at, kvk_number)
VALUES (901, 'Verzonnen Bouw BV', 'F', '10-49', 'CR22', NULL, NULL,
        TIMESTAMP WITH TIME ZONE '2026-01-03 10:00:00+00:00', '90000901');
INSERT INTO organisation_member (organisation_id, user_id, added_at)
VALUES (901, 902, TIMESTAMP WITH TIME ZONE '2026-01-03 10:00:00+00:00');
INSERT INTO scan (id, organisation_id, instrument_id, instrument_version, closes_at, created_at)
VALUES (901, 901, 'werkkracht-scan', 1, TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00:00',
        TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00:00');
INSERT INTO programme (id, name, region, from_year, to_year, description, published, published_at, invented, created_at)
VALUES (901, 'Verzonnen programma', 'PV23', 2024, 2027, 'made up for the upgrade test', FALSE, NULL, TRUE,
        TIMESTAMP WITH TIME ZONE '2026-01-06 10:00:00+00:00');

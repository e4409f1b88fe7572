-- Operators are not readers (issue 9, ADR 0015): an account an administrator or the operator made has
-- a first password that person knows. Until its owner chooses their own, the account can do nothing but
-- choose one.
--
-- Portable SQL for H2 2.x and PostgreSQL 15 (see V1).
-- Never edit this file once it has landed; change the schema in a new migration.

ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

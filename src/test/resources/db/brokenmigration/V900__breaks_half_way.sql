-- Test only: a migration that fails after a first statement took effect (H2 commits DDL at once), to show that a
-- failed migration never reaches the database file itself.
ALTER TABLE enterprise ADD COLUMN half_done VARCHAR(10);
ALTER TABLE no_such_table ADD COLUMN never VARCHAR(10);

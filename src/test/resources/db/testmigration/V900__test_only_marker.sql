-- Used only by StoreTest to stand for "a later release adds a migration" on an existing database.
CREATE TABLE test_only_marker (id INT);

-- Issue 17 point 3 (shared mode): every enterprise row carries a version, raised by every change of the row, so that a
-- save based on an older reading is refused instead of overwriting what another seat saved meanwhile.
ALTER TABLE enterprise ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;

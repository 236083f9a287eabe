-- Numbered 14.1: version 14 is already V14__Chain_existing_audit_records (a Java migration).
-- A 轻中度污染临时管控 (temporary control for light or moderate pollution) is an episode that is not a warning: no
-- level, its own number series, no per-enterprise orders. Existing episodes are warnings.
ALTER TABLE episode ADD COLUMN temp_control BOOLEAN DEFAULT FALSE NOT NULL;

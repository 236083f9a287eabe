-- Crash-safe list writes (issue #12). The list is kept in versions: every enterprise row belongs to one version
-- (list_version), and list_state names the current one. A bulk write (import, replace, removing the sample list)
-- writes a whole new version in small committed batches that nobody reads, then makes it current with one small
-- UPDATE of list_state, the only commit point; the old version is deleted afterwards, again in small batches.
-- A write interrupted at any moment leaves either the old version current (the new rows are discarded at the next
-- start) or the new one. Readers see only rows of the current version.
CREATE TABLE list_state (
    id              INT    NOT NULL,
    current_version BIGINT NOT NULL,
    -- the highest version ever begun: numbers are never reused, so rows of an abandoned version stay recognisable
    last_version    BIGINT NOT NULL,
    -- counts every write to the current version; a bulk write becomes current only if nothing changed meanwhile
    revision        BIGINT NOT NULL,
    CONSTRAINT pk_list_state PRIMARY KEY (id),
    CONSTRAINT ck_list_state_single CHECK (id = 1),
    CONSTRAINT ck_list_state_versions CHECK (current_version >= 1 AND current_version <= last_version)
);
INSERT INTO list_state (id, current_version, last_version, revision) VALUES (1, 1, 1, 0);

ALTER TABLE enterprise ADD COLUMN list_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE enterprise ALTER COLUMN list_version DROP DEFAULT;
ALTER TABLE enterprise DROP CONSTRAINT uq_enterprise_uscc;
ALTER TABLE enterprise ADD CONSTRAINT uq_enterprise_uscc UNIQUE (list_version, uscc);
CREATE INDEX ix_enterprise_version_order ON enterprise (list_version, district_code, name);

-- change entries written with a bulk write carry its version: they are shown once that version has been made
-- current (list_version <= current_version) and discarded with it if it never was. NULL: written directly.
ALTER TABLE enterprise_change ADD COLUMN list_version BIGINT;
CREATE INDEX ix_enterprise_change_version ON enterprise_change (list_version);

-- Sign-in and a tamper-evident record (docs/access.md):
-- * app_user: who may sign in, with one role (data/roles.csv) and a scope (the city: district_code NULL, or one
--   district); the password only as an Argon2id hash; a first password must be changed at first sign-in;
--   repeated failures lock the account until locked_until;
-- * audit_event.hash / prev_hash: SHA-256 chained over the previous record's hash and the record's own canonical
--   content (AuditChain); existing records are chained by the Java migration V14;
-- * audit_head: the last record of the chain, one row, locked by every append so that two writers never chain
--   onto the same record.
CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    name            VARCHAR(50)  NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    district_code   CHAR(6),
    password_hash   VARCHAR(300) NOT NULL,
    must_change     BOOLEAN      DEFAULT TRUE NOT NULL,
    disabled        BOOLEAN      DEFAULT FALSE NOT NULL,
    failed_attempts INT          DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_name UNIQUE (name),
    CONSTRAINT ck_app_user_attempts CHECK (failed_attempts >= 0)
);

ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);

CREATE TABLE audit_head (
    id        INT      NOT NULL,
    last_id   BIGINT   DEFAULT 0 NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_head_one CHECK (id = 1)
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

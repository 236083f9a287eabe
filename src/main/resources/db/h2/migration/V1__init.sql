-- HazeDesk schema, version 1: the store's own metadata, the emergency-reduction list (first cut,
-- completed by the list issue), and the audit trail. Constraints are named so that messages can say
-- which rule a row broke.

CREATE TABLE app_meta (
    meta_key   VARCHAR(100)  NOT NULL,
    meta_value VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_app_meta PRIMARY KEY (meta_key)
);

CREATE TABLE enterprise (
    id            BIGINT AUTO_INCREMENT NOT NULL,
    uscc          CHAR(18)      NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    district_code CHAR(6)       NOT NULL,
    industry      VARCHAR(50)   NOT NULL,
    grade         VARCHAR(20)   NOT NULL,
    control_type  VARCHAR(20)   NOT NULL,
    address       VARCHAR(300),
    longitude     DECIMAL(9, 6),
    latitude      DECIMAL(8, 6),
    contact_name  VARCHAR(50),
    contact_phone VARCHAR(50),
    is_sample     BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_enterprise PRIMARY KEY (id),
    CONSTRAINT uq_enterprise_uscc UNIQUE (uscc)
);

CREATE TABLE production_line (
    id            BIGINT AUTO_INCREMENT NOT NULL,
    enterprise_id BIGINT         NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    process       VARCHAR(200),
    capacity      VARCHAR(200),
    so2_t         DECIMAL(14, 4) DEFAULT 0 NOT NULL,
    nox_t         DECIMAL(14, 4) DEFAULT 0 NOT NULL,
    pm_t          DECIMAL(14, 4) DEFAULT 0 NOT NULL,
    vocs_t        DECIMAL(14, 4) DEFAULT 0 NOT NULL,
    CONSTRAINT pk_production_line PRIMARY KEY (id),
    CONSTRAINT fk_line_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id) ON DELETE CASCADE,
    CONSTRAINT uq_line_name UNIQUE (enterprise_id, name),
    CONSTRAINT ck_line_emissions CHECK (so2_t >= 0 AND nox_t >= 0 AND pm_t >= 0 AND vocs_t >= 0)
);

CREATE TABLE line_measure (
    line_id            BIGINT        NOT NULL,
    warning_level      VARCHAR(10)   NOT NULL,
    measure_type       VARCHAR(30)   NOT NULL,
    reduction_fraction DECIMAL(5, 4) NOT NULL,
    measure_text       VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_line_measure PRIMARY KEY (line_id, warning_level),
    CONSTRAINT fk_measure_line FOREIGN KEY (line_id) REFERENCES production_line (id) ON DELETE CASCADE,
    CONSTRAINT ck_measure_level CHECK (warning_level IN ('YELLOW', 'ORANGE', 'RED')),
    CONSTRAINT ck_measure_fraction CHECK (reduction_fraction >= 0 AND reduction_fraction <= 1)
);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    detail      CLOB,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_enterprise_district ON enterprise (district_code);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

-- Warning episodes (issue #5): consultations, approval forms (proposals) and the notices that published them,
-- response orders per enterprise and round, their tracking and inspections, observed AQI for the summary.
-- Issued records are never updated in place by the app: a published proposal and an order's content stay as
-- they were; a new round of orders supersedes the previous one (superseded_at).
CREATE TABLE episode (
    id             BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    drill          BOOLEAN       NOT NULL,
    phase          VARCHAR(20)   NOT NULL,
    number         VARCHAR(100),
    city_level     VARCHAR(10),
    issued_at      TIMESTAMP,
    response_start TIMESTAMP,
    expected_end   TIMESTAMP,
    lifted_at      TIMESTAMP,
    summary        CLOB,
    order_round    INT           NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_episode PRIMARY KEY (id),
    CONSTRAINT uq_episode_number UNIQUE (number),
    CONSTRAINT ck_episode_phase CHECK (phase IN ('DRAFT', 'ACTIVE', 'SUSPENDED', 'LIFTED', 'CLOSED', 'CANCELLED'))
);

CREATE TABLE episode_district_level (
    episode_id    BIGINT     NOT NULL,
    district_code CHAR(6)    NOT NULL,
    warning_level VARCHAR(10) NOT NULL,
    CONSTRAINT pk_episode_district_level PRIMARY KEY (episode_id, district_code),
    CONSTRAINT fk_edl_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);

CREATE TABLE consultation (
    episode_id   BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    held_at      TIMESTAMP     NOT NULL,
    profile      VARCHAR(20)   NOT NULL,
    opinion      CLOB,
    participants VARCHAR(2000),
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_consultation PRIMARY KEY (episode_id, seq),
    CONSTRAINT fk_consultation_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);

CREATE TABLE consultation_day (
    episode_id        BIGINT       NOT NULL,
    seq               INT          NOT NULL,
    region_code       CHAR(6)      NOT NULL,
    forecast_day               DATE         NOT NULL,
    aqi               INT          NOT NULL,
    dust              BOOLEAN      NOT NULL,
    primary_pollutant VARCHAR(20)  NOT NULL,
    concentrations    VARCHAR(300) NOT NULL,
    CONSTRAINT pk_consultation_day PRIMARY KEY (episode_id, seq, region_code, forecast_day),
    CONSTRAINT fk_cday_consultation FOREIGN KEY (episode_id, seq) REFERENCES consultation (episode_id, seq) ON DELETE CASCADE,
    CONSTRAINT ck_cday_aqi CHECK (aqi >= 0)
);

CREATE TABLE proposal (
    episode_id       BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    city_level       VARCHAR(10),
    district_levels  VARCHAR(300),
    response_start   TIMESTAMP,
    expected_end     TIMESTAMP,
    measures_summary CLOB,
    reason           CLOB,
    lift_basis       VARCHAR(20),
    hours_below      INT,
    basis            INT           NOT NULL,
    signatory        VARCHAR(100)  NOT NULL,
    prepared_by      VARCHAR(100)  NOT NULL,
    prepared_at      TIMESTAMP     NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    decision_comment CLOB,
    number           VARCHAR(100),
    issued_at        TIMESTAMP,
    published_by     VARCHAR(100),
    CONSTRAINT pk_proposal PRIMARY KEY (episode_id, seq),
    CONSTRAINT fk_proposal_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);

CREATE TABLE response_order (
    id               BIGINT        NOT NULL,
    episode_id       BIGINT        NOT NULL,
    order_round      INT           NOT NULL,
    proposal_seq     INT           NOT NULL,
    uscc             CHAR(18)      NOT NULL,
    enterprise_name  VARCHAR(200)  NOT NULL,
    district_code    CHAR(6)       NOT NULL,
    district_name    VARCHAR(50)   NOT NULL,
    industry         VARCHAR(50)   NOT NULL,
    grade            VARCHAR(20)   NOT NULL,
    warning_level    VARCHAR(10)   NOT NULL,
    control_type     VARCHAR(30),
    address          VARCHAR(300),
    contact_name     VARCHAR(100),
    contact_phone    VARCHAR(50),
    not_counted      VARCHAR(40),
    transport        VARCHAR(40)   NOT NULL,
    superseded_at    TIMESTAMP,
    delivered_at     TIMESTAMP,
    delivered_by     VARCHAR(100),
    acknowledged_at  TIMESTAMP,
    acknowledged_by  VARCHAR(100),
    implemented_at   TIMESTAMP,
    implemented_by   VARCHAR(100),
    CONSTRAINT pk_response_order PRIMARY KEY (id),
    CONSTRAINT uq_response_order UNIQUE (episode_id, order_round, uscc),
    CONSTRAINT fk_order_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE
);
CREATE INDEX ix_response_order_episode ON response_order (episode_id, order_round);

CREATE TABLE response_order_line (
    order_id     BIGINT         NOT NULL,
    seq          INT            NOT NULL,
    line_name    VARCHAR(200)   NOT NULL,
    process      VARCHAR(200),
    measure_rule VARCHAR(40)    NOT NULL,
    measure_type VARCHAR(30),
    fraction     DECIMAL(5, 4)  NOT NULL,
    counted      BOOLEAN        NOT NULL,
    measure_text VARCHAR(1000)  NOT NULL,
    transport    VARCHAR(40)    NOT NULL,
    CONSTRAINT pk_response_order_line PRIMARY KEY (order_id, seq),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES response_order (id) ON DELETE CASCADE
);

CREATE TABLE inspection (
    id           BIGINT         NOT NULL,
    order_id     BIGINT         NOT NULL,
    inspected_at TIMESTAMP      NOT NULL,
    inspector    VARCHAR(100)   NOT NULL,
    finding      CLOB           NOT NULL,
    compliant    BOOLEAN        NOT NULL,
    photo_path   VARCHAR(1000),
    recorded_by  VARCHAR(100)   NOT NULL,
    recorded_at  TIMESTAMP      NOT NULL,
    CONSTRAINT pk_inspection PRIMARY KEY (id),
    CONSTRAINT fk_inspection_order FOREIGN KEY (order_id) REFERENCES response_order (id) ON DELETE CASCADE
);

CREATE TABLE observed_aqi (
    episode_id  BIGINT   NOT NULL,
    region_code CHAR(6)  NOT NULL,
    observed_on         DATE     NOT NULL,
    aqi         INT      NOT NULL,
    CONSTRAINT pk_observed_aqi PRIMARY KEY (episode_id, region_code, observed_on),
    CONSTRAINT fk_observed_episode FOREIGN KEY (episode_id) REFERENCES episode (id) ON DELETE CASCADE,
    CONSTRAINT ck_observed_aqi CHECK (aqi >= 0)
);

-- An episode's timeline lists its audit records.
ALTER TABLE audit_event ADD COLUMN episode_id BIGINT;
CREATE INDEX ix_audit_event_episode ON audit_event (episode_id);

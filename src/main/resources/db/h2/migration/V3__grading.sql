-- Performance grading (issue #4): grade records with their lifecycle, and every step taken on them.
-- Kept by USCC, not by a foreign key to enterprise (like enterprise_change): the grading history of an
-- enterprise outlives its deletion or a list import that replaces the whole list. Existing enterprises keep the
-- grade written on the list (enterprise.grade); no record is invented for them. Times are instants (WITH TIME ZONE).

CREATE TABLE grade_record (
    id               BIGINT AUTO_INCREMENT NOT NULL,
    uscc             CHAR(18)     NOT NULL,
    industry         VARCHAR(50)  NOT NULL,
    grade            VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    applied_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    effective_from   TIMESTAMP(6) WITH TIME ZONE,
    effective_to     TIMESTAMP(6) WITH TIME ZONE,
    downgrade_reason VARCHAR(40),
    replaces_id      BIGINT,
    source_document  VARCHAR(300),
    CONSTRAINT pk_grade_record PRIMARY KEY (id),
    CONSTRAINT fk_grade_record_replaces FOREIGN KEY (replaces_id) REFERENCES grade_record (id),
    CONSTRAINT ck_grade_record_grade CHECK (grade IN ('A_PLUS', 'A', 'B', 'B_MINUS', 'C', 'D', 'LEADING', 'NON_LEADING')),
    CONSTRAINT ck_grade_record_status CHECK (status IN ('APPLIED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'PUBLICITY',
        'EFFECTIVE', 'REJECTED', 'DOWNGRADED', 'REVOKED', 'SUPERSEDED')),
    CONSTRAINT ck_grade_record_reason CHECK (downgrade_reason IS NULL OR downgrade_reason IN ('FALSIFIED_MATERIALS',
        'INSPECTION_FAILURE', 'NON_COMPLIANCE_DURING_WARNING', 'OTHER')),
    -- a downgraded record says why; no other record has a reason
    CONSTRAINT ck_grade_record_downgrade CHECK ((status = 'DOWNGRADED') = (downgrade_reason IS NOT NULL)),
    -- in effect: started, not ended; ended ones (downgraded, revoked, superseded): both ends; never in effect: neither
    CONSTRAINT ck_grade_record_period CHECK (
        (status = 'EFFECTIVE' AND effective_from IS NOT NULL AND effective_to IS NULL)
        OR (status IN ('DOWNGRADED', 'REVOKED', 'SUPERSEDED') AND effective_from IS NOT NULL
            AND effective_to IS NOT NULL AND effective_to >= effective_from)
        OR (status IN ('APPLIED', 'COUNTY_APPROVED', 'CITY_APPROVED', 'PUBLICITY', 'REJECTED')
            AND effective_from IS NULL AND effective_to IS NULL))
);

CREATE TABLE grade_step (
    record_id   BIGINT        NOT NULL,
    step_no     INT           NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    comment     VARCHAR(2000),
    CONSTRAINT pk_grade_step PRIMARY KEY (record_id, step_no),
    CONSTRAINT fk_grade_step_record FOREIGN KEY (record_id) REFERENCES grade_record (id) ON DELETE CASCADE,
    CONSTRAINT ck_grade_step_no CHECK (step_no >= 1),
    CONSTRAINT ck_grade_step_action CHECK (action IN ('APPLY', 'COUNTY_APPROVE', 'CITY_APPROVE', 'PROVINCE_CONFIRM',
        'TAKE_EFFECT', 'REJECT', 'DOWNGRADE', 'ISSUED_BY_DOWNGRADE', 'REVOKE', 'SUPERSEDE'))
);

CREATE INDEX ix_grade_record_uscc ON grade_record (uscc, industry);
CREATE INDEX ix_grade_record_status ON grade_record (status);

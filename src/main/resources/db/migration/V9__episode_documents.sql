-- Issue 15: the summary evaluation report gets a number of its own, given by the duty officer and kept with the
-- episode (the notices keep theirs on their proposals).
ALTER TABLE episode ADD COLUMN summary_number VARCHAR(100);
ALTER TABLE episode ADD CONSTRAINT uq_episode_summary_number UNIQUE (summary_number);

-- Issue 15 point 8: a consultation's forecast may come by half-day or by hour (periods within a day), for as many
-- days as the meteorological bureau gives; a whole day is the period 0 + 24 h.
ALTER TABLE consultation_day ADD COLUMN start_hour INT DEFAULT 0 NOT NULL;
ALTER TABLE consultation_day ADD COLUMN period_hours INT DEFAULT 24 NOT NULL;
ALTER TABLE consultation_day DROP CONSTRAINT pk_consultation_day;
ALTER TABLE consultation_day ADD CONSTRAINT pk_consultation_day
    PRIMARY KEY (episode_id, seq, region_code, forecast_day, start_hour);
ALTER TABLE consultation_day ADD CONSTRAINT ck_cday_period
    CHECK (start_hour >= 0 AND period_hours >= 1 AND start_hour + period_hours <= 24);

-- Issue 15 point 10: the pollutant discharge permit register (排污许可名录) as last imported, to cross-check the
-- list against it; an import replaces it whole.
CREATE TABLE permit_register (
    permit_number   VARCHAR(100)  NOT NULL,
    unit_name       VARCHAR(300)  NOT NULL,
    uscc            CHAR(18)      NOT NULL,
    management_type VARCHAR(50)   NOT NULL,
    CONSTRAINT pk_permit_register PRIMARY KEY (permit_number)
);
CREATE TABLE permit_import (
    id          INT            NOT NULL,
    imported_at TIMESTAMP      NOT NULL,
    imported_by VARCHAR(100)   NOT NULL,
    source_file VARCHAR(1000)  NOT NULL,
    entries     INT            NOT NULL,
    CONSTRAINT pk_permit_import PRIMARY KEY (id)
);

-- Issue 15 point 10: a warning (or a change of it) issued on a provincial or regional warning notice records that
-- notice's number as its basis.
ALTER TABLE proposal ADD COLUMN basis_notice VARCHAR(200) DEFAULT '' NOT NULL;

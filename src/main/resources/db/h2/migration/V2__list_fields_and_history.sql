-- The list's full record (issue #3): permit and transport facts on the enterprise, the three levels' measures
-- as columns of the production line (one row per line, like the spreadsheet), grades stored by their enum
-- name, and the per-enterprise change history.

ALTER TABLE enterprise ADD COLUMN permit_number VARCHAR(100);
ALTER TABLE enterprise ADD COLUMN permit_management VARCHAR(20);
ALTER TABLE enterprise ADD COLUMN bulk_transport BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE enterprise ADD COLUMN transport_trucks INT;
ALTER TABLE enterprise ADD COLUMN min_truck_standard VARCHAR(20);
ALTER TABLE enterprise ADD COLUMN updated_at TIMESTAMP;
ALTER TABLE enterprise ADD CONSTRAINT ck_enterprise_trucks CHECK (transport_trucks IS NULL OR transport_trucks >= 0);

UPDATE enterprise SET grade = CASE grade
    WHEN 'A+' THEN 'A_PLUS'
    WHEN 'B-' THEN 'B_MINUS'
    WHEN '引领性' THEN 'LEADING'
    WHEN '非引领性' THEN 'NON_LEADING'
    WHEN '未评级' THEN 'UNRATED'
    ELSE grade END;

ALTER TABLE production_line ADD COLUMN yellow_type VARCHAR(30);
ALTER TABLE production_line ADD COLUMN yellow_fraction DECIMAL(5, 4);
ALTER TABLE production_line ADD COLUMN yellow_text VARCHAR(1000);
ALTER TABLE production_line ADD COLUMN orange_type VARCHAR(30);
ALTER TABLE production_line ADD COLUMN orange_fraction DECIMAL(5, 4);
ALTER TABLE production_line ADD COLUMN orange_text VARCHAR(1000);
ALTER TABLE production_line ADD COLUMN red_type VARCHAR(30);
ALTER TABLE production_line ADD COLUMN red_fraction DECIMAL(5, 4);
ALTER TABLE production_line ADD COLUMN red_text VARCHAR(1000);

UPDATE production_line l SET
    yellow_type = (SELECT m.measure_type FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'YELLOW'),
    yellow_fraction = (SELECT m.reduction_fraction FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'YELLOW'),
    yellow_text = (SELECT m.measure_text FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'YELLOW'),
    orange_type = (SELECT m.measure_type FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'ORANGE'),
    orange_fraction = (SELECT m.reduction_fraction FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'ORANGE'),
    orange_text = (SELECT m.measure_text FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'ORANGE'),
    red_type = (SELECT m.measure_type FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'RED'),
    red_fraction = (SELECT m.reduction_fraction FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'RED'),
    red_text = (SELECT m.measure_text FROM line_measure m WHERE m.line_id = l.id AND m.warning_level = 'RED');

ALTER TABLE production_line ADD CONSTRAINT ck_line_fractions CHECK (
    (yellow_fraction IS NULL OR yellow_fraction BETWEEN 0 AND 1)
    AND (orange_fraction IS NULL OR orange_fraction BETWEEN 0 AND 1)
    AND (red_fraction IS NULL OR red_fraction BETWEEN 0 AND 1));

DROP TABLE line_measure;

-- Kept by USCC, not by a foreign key: the history of a deleted enterprise stays readable.
CREATE TABLE enterprise_change (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    uscc            CHAR(18)      NOT NULL,
    enterprise_name VARCHAR(200)  NOT NULL,
    changed_at      TIMESTAMP     NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    field           VARCHAR(60)   NOT NULL,
    line_name       VARCHAR(200),
    old_value       VARCHAR(2000),
    new_value       VARCHAR(2000),
    CONSTRAINT pk_enterprise_change PRIMARY KEY (id)
);
CREATE INDEX ix_enterprise_change_uscc ON enterprise_change (uscc, changed_at);
CREATE INDEX ix_production_line_enterprise ON production_line (enterprise_id);

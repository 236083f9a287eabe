-- 创A升B campaigns (issue #4 point 2): a named drive over a period with target enterprises and the grade each
-- should reach. Targets are kept by USCC, like grade records, so a replacing import does not drop them.
CREATE TABLE campaign (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    name       VARCHAR(200) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT uq_campaign_name UNIQUE (name),
    CONSTRAINT ck_campaign_period CHECK (ends_on >= starts_on)
);

CREATE TABLE campaign_target (
    campaign_id  BIGINT       NOT NULL,
    uscc         CHAR(18)     NOT NULL,
    industry     VARCHAR(50)  NOT NULL,
    target_grade VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_campaign_target PRIMARY KEY (campaign_id, uscc, industry),
    CONSTRAINT fk_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
);

-- Real bureau workbooks (docs/list-import.md):
-- * emissions keep six decimals (a kilogram column converted to tonnes keeps its grams; four decimals rounded
--   0.12345 t away);
-- * each level's measure keeps the road-freight rule read from its text (NONE, NO_CHINA_IV_OR_OLDER,
--   NO_ROAD_TRANSPORT); lines stored before this version have none recorded (NULL, read as NONE);
-- * a coke oven line keeps its design coking time in hours (T0), from which an extended coking time T1 gives the
--   share cut, 1 - T0/T1.
ALTER TABLE production_line ALTER COLUMN so2_t SET DATA TYPE DECIMAL(16, 6);
ALTER TABLE production_line ALTER COLUMN nox_t SET DATA TYPE DECIMAL(16, 6);
ALTER TABLE production_line ALTER COLUMN pm_t SET DATA TYPE DECIMAL(16, 6);
ALTER TABLE production_line ALTER COLUMN vocs_t SET DATA TYPE DECIMAL(16, 6);
ALTER TABLE production_line ADD COLUMN design_coking_h DECIMAL(6, 2);
ALTER TABLE production_line ADD COLUMN yellow_transport VARCHAR(30);
ALTER TABLE production_line ADD COLUMN orange_transport VARCHAR(30);
ALTER TABLE production_line ADD COLUMN red_transport VARCHAR(30);
ALTER TABLE production_line ADD CONSTRAINT ck_line_coking CHECK (design_coking_h IS NULL OR design_coking_h > 0);

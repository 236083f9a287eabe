-- Issue 15 point 3: a response order's line says whether its measure is a matrix default whose row is still
-- UNVERIFIED, so that the order prints it as 默认措施（待核实） after it was issued, as it did when it was issued.
ALTER TABLE response_order_line ADD COLUMN unverified_default BOOLEAN DEFAULT FALSE NOT NULL;

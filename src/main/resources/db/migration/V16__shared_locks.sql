-- Issue 17 point 3 (shared mode): ids and turns that seats on one database must never share.
--
-- id_series: the next free id of each table whose ids HazeDesk gives itself. A block of ids is taken in a short
-- transaction of its own (on the server; on the H2 file in the caller's): the row locked, the next id = the larger of
-- next_id and the table's highest id + 1 (so rows written before this version, or copied in by `shared copy`, are
-- never given twice), next_id moved past the block, committed. A whole-list import on the server, one long
-- transaction, thus never takes ids another seat takes meanwhile.
CREATE TABLE id_series (
    name    VARCHAR(40) NOT NULL,
    next_id BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT pk_id_series PRIMARY KEY (name)
);
INSERT INTO id_series (name) VALUES ('enterprise');
INSERT INTO id_series (name) VALUES ('production_line');
INSERT INTO id_series (name) VALUES ('episode');
INSERT INTO id_series (name) VALUES ('response_order');
INSERT INTO id_series (name) VALUES ('inspection');

-- shared_lock: one row per check that seats must make one after the other (a notice number checked against every
-- number given and then given; "no other real episode open" checked and a new one created; ...). The transaction
-- locks the row (SELECT ... FOR UPDATE) and keeps it until it ends: a second seat waits, then sees the first one's rows.
CREATE TABLE shared_lock (
    name VARCHAR(40) NOT NULL,
    CONSTRAINT pk_shared_lock PRIMARY KEY (name)
);
INSERT INTO shared_lock (name) VALUES ('episode_create');
INSERT INTO shared_lock (name) VALUES ('notice_number');
INSERT INTO shared_lock (name) VALUES ('grade_application');
INSERT INTO shared_lock (name) VALUES ('campaign');

-- Issue 15: the summary evaluation report gets a number of its own, given by the duty officer and kept with the
-- episode (the notices keep theirs on their proposals).
ALTER TABLE episode ADD COLUMN summary_number VARCHAR(100);
ALTER TABLE episode ADD CONSTRAINT uq_episode_summary_number UNIQUE (summary_number);

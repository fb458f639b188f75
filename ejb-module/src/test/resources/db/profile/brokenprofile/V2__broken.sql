-- Fails on purpose: the table it alters does not exist.
ALTER TABLE brokenprofile_no_such_table ADD COLUMN label VARCHAR(16);

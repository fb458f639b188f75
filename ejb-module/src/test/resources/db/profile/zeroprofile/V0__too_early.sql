-- Numbered below V1 on purpose: a profile's history starts with a baseline at version 0.
CREATE TABLE zeroprofile_thing (id BIGINT NOT NULL PRIMARY KEY);

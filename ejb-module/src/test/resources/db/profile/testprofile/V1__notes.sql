-- A test-only profile's first table, owned by an account: the core's account table exists already.
CREATE SEQUENCE testprofile_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE testprofile_note (
    id         BIGINT        NOT NULL PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    body       VARCHAR(256)  NOT NULL,
    CONSTRAINT testprofile_note_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

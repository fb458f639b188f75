-- A test-only profile that a database gets after it has the core's tables.
CREATE TABLE laterprofile_badge (
    account_id BIGINT      NOT NULL,
    badge      VARCHAR(32) NOT NULL,
    CONSTRAINT laterprofile_badge_pk PRIMARY KEY (account_id, badge),
    CONSTRAINT laterprofile_badge_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

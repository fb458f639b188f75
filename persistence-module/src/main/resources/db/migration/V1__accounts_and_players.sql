-- Accounts, their one rpg player, skills and server-wide settings.
-- Written to run unchanged on H2 2.x and PostgreSQL 15.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE player_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    username_key  VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    banned        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT account_username_key_uq UNIQUE (username_key),
    CONSTRAINT account_role_ck CHECK (role IN ('PLAYER', 'MODERATOR', 'ADMIN'))
);

CREATE TABLE player (
    id         BIGINT      NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    map_id     VARCHAR(64) NOT NULL,
    tile_x     INTEGER     NOT NULL,
    tile_y     INTEGER     NOT NULL,
    facing     VARCHAR(8)  NOT NULL,
    current_hp INTEGER     NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT player_account_uq UNIQUE (account_id),
    CONSTRAINT player_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE player_skill (
    player_id BIGINT      NOT NULL,
    skill     VARCHAR(16) NOT NULL,
    xp        INTEGER     NOT NULL,
    CONSTRAINT player_skill_pk PRIMARY KEY (player_id, skill),
    CONSTRAINT player_skill_player_fk FOREIGN KEY (player_id) REFERENCES player (id),
    CONSTRAINT player_skill_xp_ck CHECK (xp >= 0)
);

CREATE TABLE server_setting (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1024) NOT NULL
);

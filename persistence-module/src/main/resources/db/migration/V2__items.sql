-- Items: every stack of an item is one row in exactly one place (a player's inventory slot, a
-- player's equipment slot, or a tile on the ground), so an item cannot be in two places at once.
-- item_ledger records every creation (+) and destruction (-) of items, for audits.
-- Written to run unchanged on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE item_stack_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE item_ledger_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE item_stack (
    id         BIGINT      NOT NULL PRIMARY KEY,
    item_id    INTEGER     NOT NULL,
    quantity   INTEGER     NOT NULL,
    place      VARCHAR(16) NOT NULL,
    player_id  BIGINT,
    slot       INTEGER,
    map_id     VARCHAR(64),
    tile_x     INTEGER,
    tile_y     INTEGER,
    owner_id   BIGINT,
    public_at  TIMESTAMP,
    despawn_at TIMESTAMP,
    version    BIGINT      NOT NULL,
    CONSTRAINT item_stack_quantity_ck CHECK (quantity > 0),
    CONSTRAINT item_stack_place_ck CHECK (place IN ('INVENTORY', 'EQUIPMENT', 'GROUND')),
    CONSTRAINT item_stack_held_ck CHECK (place = 'GROUND' OR (player_id IS NOT NULL AND slot IS NOT NULL)),
    CONSTRAINT item_stack_ground_ck CHECK (place <> 'GROUND'
        OR (player_id IS NULL AND map_id IS NOT NULL AND tile_x IS NOT NULL AND tile_y IS NOT NULL
            AND despawn_at IS NOT NULL)),
    CONSTRAINT item_stack_player_fk FOREIGN KEY (player_id) REFERENCES player (id)
);

-- No unique (player_id, place, slot): an equip swaps two rows' places, which a non-deferrable
-- constraint would refuse half-way. Every change to a player's items runs under a lock on its
-- player row instead (docs/adr/0017-items-as-rows-in-one-place.md).
CREATE INDEX item_stack_player_ix ON item_stack (player_id);
CREATE INDEX item_stack_place_ix ON item_stack (place);

CREATE TABLE item_ledger (
    id         BIGINT      NOT NULL PRIMARY KEY,
    item_id    INTEGER     NOT NULL,
    delta      BIGINT      NOT NULL,
    reason     VARCHAR(32) NOT NULL,
    player_id  BIGINT,
    created_at TIMESTAMP   NOT NULL
);

CREATE INDEX item_ledger_item_ix ON item_ledger (item_id);

package dev.realmforge.persistence.rpg.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Some quantity of one item in one place. A held stack has a player and a slot (an inventory slot
 * 0-27, or the ordinal of an equipment slot); a ground stack has a map, a tile, an optional owner
 * who alone sees it until {@code publicAt}, and a {@code despawnAt}. Moving a stack rewrites its
 * place; the row is never copied.
 */
@Entity
@Table(name = "item_stack")
@NamedQuery(name = ItemStack.FIND_HELD,
        query = "SELECT s FROM ItemStack s WHERE s.playerId = :playerId AND s.place <> dev.realmforge.persistence.rpg.item.ItemPlace.GROUND")
@NamedQuery(name = ItemStack.FIND_ON_GROUND,
        query = "SELECT s FROM ItemStack s WHERE s.place = dev.realmforge.persistence.rpg.item.ItemPlace.GROUND")
@NamedQuery(name = ItemStack.FIND_EXPIRED,
        query = "SELECT s FROM ItemStack s WHERE s.place = dev.realmforge.persistence.rpg.item.ItemPlace.GROUND"
                + " AND s.despawnAt <= :now")
@NamedQuery(name = ItemStack.TOTALS_BY_ITEM,
        query = "SELECT s.itemId, SUM(s.quantity) FROM ItemStack s GROUP BY s.itemId")
public class ItemStack {

    public static final String FIND_HELD = "ItemStack.findHeld";
    public static final String FIND_ON_GROUND = "ItemStack.findOnGround";
    public static final String TOTALS_BY_ITEM = "ItemStack.totalsByItem";
    public static final String FIND_EXPIRED = "ItemStack.findExpired";

    @Id
    @SequenceGenerator(name = "item_stack_seq", sequenceName = "item_stack_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_stack_seq")
    private Long id;

    @Column(name = "item_id", nullable = false)
    private int itemId;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemPlace place;

    @Column(name = "player_id")
    private Long playerId;

    private Integer slot;

    @Column(name = "map_id", length = 64)
    private String mapId;

    @Column(name = "tile_x")
    private Integer tileX;

    @Column(name = "tile_y")
    private Integer tileY;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "public_at")
    private Instant publicAt;

    @Column(name = "despawn_at")
    private Instant despawnAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ItemStack() {
        // for JPA
    }

    private ItemStack(int itemId, int quantity) {
        this.itemId = itemId;
        setQuantity(quantity);
    }

    /** A new stack held by {@code playerId} in {@code place} (not the ground) at {@code slot}. */
    public static ItemStack held(int itemId, int quantity, long playerId, ItemPlace place, int slot) {
        ItemStack stack = new ItemStack(itemId, quantity);
        stack.moveToHolder(playerId, place, slot);
        return stack;
    }

    /** A new stack on the ground. */
    public static ItemStack onGround(int itemId, int quantity, String mapId, int x, int y, Long ownerId,
                                     Instant publicAt, Instant despawnAt) {
        ItemStack stack = new ItemStack(itemId, quantity);
        stack.moveToGround(mapId, x, y, ownerId, publicAt, despawnAt);
        return stack;
    }

    public final void moveToHolder(long newPlayerId, ItemPlace newPlace, int newSlot) {
        if (newPlace == ItemPlace.GROUND) {
            throw new IllegalArgumentException("use moveToGround for the ground");
        }
        this.place = newPlace;
        this.playerId = newPlayerId;
        this.slot = newSlot;
        this.mapId = null;
        this.tileX = null;
        this.tileY = null;
        this.ownerId = null;
        this.publicAt = null;
        this.despawnAt = null;
    }

    public final void moveToGround(String newMapId, int x, int y, Long newOwnerId, Instant newPublicAt,
                                   Instant newDespawnAt) {
        this.place = ItemPlace.GROUND;
        this.playerId = null;
        this.slot = null;
        this.mapId = newMapId;
        this.tileX = x;
        this.tileY = y;
        this.ownerId = newOwnerId;
        this.publicAt = newPublicAt;
        this.despawnAt = newDespawnAt;
    }

    public final void setQuantity(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("a stack holds at least one item: " + quantity);
        }
        this.quantity = quantity;
    }

    public Long getId() {
        return id;
    }

    public int getItemId() {
        return itemId;
    }

    public int getQuantity() {
        return quantity;
    }

    public ItemPlace getPlace() {
        return place;
    }

    public Long getPlayerId() {
        return playerId;
    }

    public Integer getSlot() {
        return slot;
    }

    public String getMapId() {
        return mapId;
    }

    public Integer getTileX() {
        return tileX;
    }

    public Integer getTileY() {
        return tileY;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getPublicAt() {
        return publicAt;
    }

    public Instant getDespawnAt() {
        return despawnAt;
    }
}

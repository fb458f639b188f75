package dev.realmforge.engine.rpg.session;

import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.session.Cooldown;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.session.ProfileSession;
import dev.realmforge.persistence.account.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A player in the world, bound to one connection. Identity fields never change; position and hit
 * points are the hot state that is written back to the database on leaving.
 */
public final class OnlinePlayer implements ProfileSession {

    private final long playerId;
    private final long accountId;
    private final String username;
    private final Role role;
    private final PlayerLink link;
    private final Cooldown chatCooldown;
    private final Cooldown moveCooldown;
    private volatile long lastMovedNanos = Long.MIN_VALUE;
    private volatile Position position;
    private volatile int currentHp;
    private final Experience experience;
    private volatile Map<EquipmentSlot, ItemDefinition> worn = Map.of();

    public OnlinePlayer(long playerId, long accountId, String username, Role role, PlayerLink link,
                        Position position, int currentHp, Experience experience, Pacing pacing) {
        this.playerId = playerId;
        this.accountId = accountId;
        this.username = Objects.requireNonNull(username);
        this.role = Objects.requireNonNull(role);
        this.link = Objects.requireNonNull(link);
        this.position = Objects.requireNonNull(position);
        this.experience = Objects.requireNonNull(experience);
        this.currentHp = Math.max(0, Math.min(currentHp, maxHp()));
        this.chatCooldown = new Cooldown(pacing.chat());
        this.moveCooldown = new Cooldown(pacing.move());
    }

    public long playerId() {
        return playerId;
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    /** The player's entity key, as views, combat targets and game updates name it. */
    public String entityKey() {
        return "player_" + playerId;
    }

    public Role role() {
        return role;
    }

    @Override
    public PlayerLink link() {
        return link;
    }

    public Position position() {
        return position;
    }

    /** Places the player; only server-side actions (staff tools, later the tick) call this. */
    public void placeAt(Position newPosition) {
        this.position = Objects.requireNonNull(newPosition);
    }

    public int currentHp() {
        return currentHp;
    }

    /** The hitpoints level. */
    public int maxHp() {
        return experience.level(Skill.HITPOINTS);
    }

    public Experience experience() {
        return experience;
    }

    /** Restores up to {@code amount} hit points, never above the maximum; returns how many were restored. */
    public synchronized int heal(int amount) {
        int healed = Math.max(0, Math.min(amount, maxHp() - currentHp));
        currentHp += healed;
        return healed;
    }

    /** Takes up to {@code amount} hit points, never below 0; returns the hit points left. */
    public synchronized int damage(int amount) {
        currentHp = Math.max(0, currentHp - Math.max(0, amount));
        return currentHp;
    }

    /** Full hit points again, as after respawning. */
    public synchronized void restoreHp() {
        currentHp = maxHp();
    }

    /** What the player wears, as others see it and combat counts it; replaced whole after each committed change. */
    public Map<EquipmentSlot, ItemDefinition> worn() {
        return worn;
    }

    public void wear(Map<EquipmentSlot, ItemDefinition> nowWorn) {
        this.worn = nowWorn.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(nowWorn));
    }

    public Cooldown chatCooldown() {
        return chatCooldown;
    }

    public Cooldown moveCooldown() {
        return moveCooldown;
    }

    /** Called by the tick when the player made a step, with the tick's monotonic time. */
    public void markMoved(long nanos) {
        this.lastMovedNanos = nanos;
    }

    /** Whether the player stepped within {@code windowNanos} before {@code nowNanos} (shown as walking). */
    public boolean movedWithin(long nowNanos, long windowNanos) {
        return lastMovedNanos != Long.MIN_VALUE && nowNanos - lastMovedNanos <= windowNanos;
    }
}

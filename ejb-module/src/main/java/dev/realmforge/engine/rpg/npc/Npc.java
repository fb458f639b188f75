package dev.realmforge.engine.rpg.npc;

import dev.realmforge.engine.rpg.map.TilePoint;

/** One NPC in the world. Mutable, owned by the tick. */
public final class Npc {

    private final int id;
    private final NpcDefinition definition;
    private final String mapId;
    private final TilePoint home;
    private int x;
    private int y;
    private int currentHp;
    private long nextWanderNanos;
    private boolean dead;
    private long respawnAtNanos;
    private boolean inCombat;

    public Npc(int id, NpcDefinition definition, String mapId, TilePoint home, long nextWanderNanos) {
        this.id = id;
        this.definition = definition;
        this.mapId = mapId;
        this.home = home;
        this.x = home.x();
        this.y = home.y();
        this.currentHp = definition.maxHp();
        this.nextWanderNanos = nextWanderNanos;
    }

    public int id() {
        return id;
    }

    public String key() {
        return "npc_" + id;
    }

    public NpcDefinition definition() {
        return definition;
    }

    public String mapId() {
        return mapId;
    }

    public TilePoint home() {
        return home;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int currentHp() {
        return currentHp;
    }

    long nextWanderNanos() {
        return nextWanderNanos;
    }

    void moveTo(int newX, int newY) {
        this.x = newX;
        this.y = newY;
    }

    void scheduleWander(long atNanos) {
        this.nextWanderNanos = atNanos;
    }

    public boolean isDead() {
        return dead;
    }

    public boolean inCombat() {
        return inCombat;
    }

    public void setInCombat(boolean fighting) {
        this.inCombat = fighting;
    }

    /** Takes up to {@code amount} hit points, never below 0; returns the hit points left. */
    public int damage(int amount) {
        currentHp = Math.max(0, currentHp - Math.max(0, amount));
        return currentHp;
    }

    /** Leaves the world until {@code atNanos}, when it comes back at home with full hit points. */
    public void die(long respawnAt) {
        this.dead = true;
        this.inCombat = false;
        this.respawnAtNanos = respawnAt;
    }

    /** Comes back if dead and due; returns true when it did. */
    boolean respawnIfDue(long nowNanos) {
        if (!dead || nowNanos < respawnAtNanos) {
            return false;
        }
        dead = false;
        currentHp = definition.maxHp();
        x = home.x();
        y = home.y();
        return true;
    }
}

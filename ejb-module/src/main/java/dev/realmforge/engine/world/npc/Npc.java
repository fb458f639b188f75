package dev.realmforge.engine.world.npc;

import dev.realmforge.engine.world.map.TilePoint;

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
}

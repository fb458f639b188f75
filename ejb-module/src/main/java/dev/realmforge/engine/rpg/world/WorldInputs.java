package dev.realmforge.engine.rpg.world;

/**
 * The rpg zone's door for commands, as a plain object: {@link WorldTick#submit} without a container
 * call per command. Connection threads take it once from {@link WorldTick#inputs()} and call it for
 * every move and attack; the zone's guard, not the EJB container, keeps one thread at a time inside.
 */
@FunctionalInterface
public interface WorldInputs {

    /** Applies a command now, or queues it for the thread inside the zone; false when the queue is full. */
    boolean submit(WorldCommand command);
}

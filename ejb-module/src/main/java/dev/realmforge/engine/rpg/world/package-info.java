/**
 * The rpg world. {@link dev.realmforge.engine.rpg.world.WorldTick} owns the hot state and is the
 * zone {@code rpg} of the core's tick loop: commands that change it are queued and applied in
 * order by the loop's firings, between ticks and in each full tick; nothing else writes a
 * player's position. Entering and leaving the world live here too.
 */
package dev.realmforge.engine.rpg.world;

/**
 * The game world. {@link dev.realmforge.engine.rpg.world.WorldTick} owns the hot state: commands that
 * change it are queued and applied in order at the start of each tick; nothing else writes a
 * player's position.
 */
package dev.realmforge.engine.rpg.world;

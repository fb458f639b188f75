/**
 * Maps as the engine sees them: an immutable grid of tile ids and collision flags, named points
 * (spawns, portal arrivals), portals and NPC spawns. Loaded from Tiled files by
 * {@link dev.realmforge.engine.rpg.map.tiled.TiledMapReader}; nothing here knows that format.
 */
package dev.realmforge.engine.rpg.map;

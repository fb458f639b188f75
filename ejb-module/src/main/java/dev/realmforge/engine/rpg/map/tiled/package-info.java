/**
 * Reading Tiled's JSON map format (.tmj, with embedded or external .tsj tilesets) into
 * {@link dev.realmforge.engine.rpg.map.TileMap}; one of the engine's three file readers (with
 * {@code npc.data} and {@code item.data}). See docs/maps.md for what a map must contain.
 */
package dev.realmforge.engine.rpg.map.tiled;

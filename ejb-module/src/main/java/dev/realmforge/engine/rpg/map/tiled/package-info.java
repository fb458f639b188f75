/**
 * Reading Tiled's JSON map format (.tmj, with embedded or external .tsj tilesets) into
 * {@link dev.realmforge.engine.rpg.map.TileMap}. The only place in the engine that parses a file
 * format; see docs/maps.md for what a map must contain.
 */
package dev.realmforge.engine.rpg.map.tiled;

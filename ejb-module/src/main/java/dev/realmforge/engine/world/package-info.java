/** The game world: maps now; the tick, movement and areas of interest as they arrive. */
package dev.realmforge.engine.world;

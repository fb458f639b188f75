/** Reading NPC definitions (npcs.json) with Jackson; the engine's only other file reader besides maps. */
package dev.realmforge.engine.rpg.npc.data;

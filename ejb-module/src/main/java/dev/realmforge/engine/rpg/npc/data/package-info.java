/** Reading NPC definitions (npcs.json) with Jackson; one of the engine's three file readers. */
package dev.realmforge.engine.rpg.npc.data;

/** Non-player characters: their definitions, their live state and how they wander. Tick thread only. */
package dev.realmforge.engine.rpg.npc;

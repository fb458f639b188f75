/** Rpg chat channels (local, global, direct) on the core's text rules. */
package dev.realmforge.engine.rpg.chat;

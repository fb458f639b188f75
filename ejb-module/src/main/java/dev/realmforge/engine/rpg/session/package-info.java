/** An rpg player in the world: entering and leaving it, its hot state and its saved row. */
package dev.realmforge.engine.rpg.session;

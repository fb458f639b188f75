/** Melee combat, owned by the tick: who fights whom, when each strikes, hits, damage and deaths. */
package dev.realmforge.engine.rpg.combat;

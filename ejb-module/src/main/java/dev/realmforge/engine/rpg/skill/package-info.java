/** Skills and the experience curve that turns experience into levels. */
package dev.realmforge.engine.rpg.skill;

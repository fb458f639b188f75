/** The rpg profile's game rules: world, maps, NPCs, combat, views, items and skills, over the core. */
package dev.realmforge.engine.rpg;

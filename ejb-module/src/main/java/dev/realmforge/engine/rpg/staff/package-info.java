/** The rpg profile's staff tools: teleporting players, granting and auditing items. */
package dev.realmforge.engine.rpg.staff;

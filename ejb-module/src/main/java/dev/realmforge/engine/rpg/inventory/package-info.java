/** What an online rpg player does with items (use, equip, drop, pick up) and the loot a death drops. */
package dev.realmforge.engine.rpg.inventory;

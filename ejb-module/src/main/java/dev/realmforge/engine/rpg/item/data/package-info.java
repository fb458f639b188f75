/** Reading the item catalogue file. */
package dev.realmforge.engine.rpg.item.data;

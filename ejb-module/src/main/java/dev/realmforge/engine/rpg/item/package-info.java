/**
 * Items: the catalogue, what a player holds (inventory and equipment), ground items and every
 * change between them. Each change is one transaction on the rows of {@code persistence.rpg.item};
 * the hot copies (a player's equipment, the ground items the tick shows) are updated after commit.
 */
package dev.realmforge.engine.rpg.item;

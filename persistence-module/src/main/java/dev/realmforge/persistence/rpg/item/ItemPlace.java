package dev.realmforge.persistence.rpg.item;

/** Where a stack is: in a player's inventory, in a player's equipment, or on the ground. */
public enum ItemPlace {
    INVENTORY,
    EQUIPMENT,
    GROUND
}

package dev.realmforge.persistence.item;

/** Where a stack is: in a player's inventory, in a player's equipment, or on the ground. */
public enum ItemPlace {
    INVENTORY,
    EQUIPMENT,
    GROUND
}

package dev.realmforge.engine.rpg.item;

/**
 * A ground item named in a rule's error details. The engine gives the id; the rpg transport spells
 * it as its protocol does.
 */
public record GroundItemRef(long id) {
}

package dev.realmforge.engine.rpg.view;

import java.util.Set;

/**
 * An entity a viewer must be told about: {@code full} on first sight (every field), otherwise only
 * {@code fields} changed.
 */
public record EntityChange(EntitySnapshot entity, boolean full, Set<EntitySnapshot.Field> fields) {

    public EntityChange {
        fields = Set.copyOf(fields);
    }
}

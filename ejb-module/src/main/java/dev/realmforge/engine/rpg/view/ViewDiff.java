package dev.realmforge.engine.rpg.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The difference between what a viewer saw last tick and what it sees now. Pure. */
public record ViewDiff(List<EntityChange> changed, List<EntitySnapshot> removed) {

    public ViewDiff {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty();
    }

    /** Both maps are keyed by {@link EntitySnapshot#key()}. */
    public static ViewDiff between(Map<String, EntitySnapshot> before, Map<String, EntitySnapshot> now) {
        List<EntityChange> changed = new ArrayList<>();
        for (EntitySnapshot entity : now.values()) {
            EntitySnapshot previous = before.get(entity.key());
            if (previous == null) {
                changed.add(new EntityChange(entity, true, Set.of()));
            } else {
                Set<EntitySnapshot.Field> fields = entity.changedSince(previous);
                if (!fields.isEmpty()) {
                    changed.add(new EntityChange(entity, false, fields));
                }
            }
        }
        List<EntitySnapshot> removed = new ArrayList<>();
        for (EntitySnapshot entity : before.values()) {
            if (!now.containsKey(entity.key())) {
                removed.add(entity);
            }
        }
        return new ViewDiff(changed, removed);
    }
}

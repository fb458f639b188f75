package dev.realmforge.engine.event;

import dev.realmforge.engine.skill.SkillView;
import java.util.List;

/** The player's skills, all of them. */
public record SkillsEvent(List<SkillView> skills) implements GameEvent {

    public SkillsEvent {
        skills = List.copyOf(skills);
    }
}

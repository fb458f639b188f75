package dev.realmforge.engine.rpg.skill;

import dev.realmforge.engine.rpg.event.RpgEvent;
import dev.realmforge.engine.rpg.skill.SkillView;
import java.util.List;

/** The player's skills, all of them. */
public record SkillsEvent(List<SkillView> skills) implements RpgEvent {

    public SkillsEvent {
        skills = List.copyOf(skills);
    }
}

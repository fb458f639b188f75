package dev.realmforge.engine.session;

import dev.realmforge.engine.skill.SkillView;
import java.util.List;

/** The outcome of a successful authentication: the live player and its skills. */
public record EnteredWorld(OnlinePlayer player, List<SkillView> skills) {

    public EnteredWorld {
        skills = List.copyOf(skills);
    }
}

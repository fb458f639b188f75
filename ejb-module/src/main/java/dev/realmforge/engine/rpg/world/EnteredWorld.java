package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.skill.SkillView;
import java.util.List;

/** The outcome of a successful authentication: the live player and its skills. */
public record EnteredWorld(OnlinePlayer player, List<SkillView> skills) {

    public EnteredWorld {
        skills = List.copyOf(skills);
    }
}

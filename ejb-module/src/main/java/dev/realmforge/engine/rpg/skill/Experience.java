package dev.realmforge.engine.rpg.skill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One online player's experience in every skill: the hot copy, gained in the tick and written back
 * with the player's other hot state. Thread-safe; levels follow {@link XpCurve}.
 */
public final class Experience {

    private final int[] xp = new int[Skill.values().length];

    private Experience() {
    }

    /** Every skill at its starting experience (hitpoints at level 10). */
    public static Experience starting() {
        Experience e = new Experience();
        for (Skill skill : Skill.values()) {
            e.xp[skill.ordinal()] = skill.startingXp();
        }
        return e;
    }

    public static Experience of(Collection<SkillView> skills) {
        Experience e = starting();
        for (SkillView view : skills) {
            e.xp[Skill.byId(view.skillId()).ordinal()] = view.currentXp();
        }
        return e;
    }

    public synchronized int xp(Skill skill) {
        return xp[skill.ordinal()];
    }

    public synchronized int level(Skill skill) {
        return XpCurve.levelForXp(xp[skill.ordinal()]);
    }

    /** Adds experience, capped at the top of the curve; returns true when the level went up. */
    public synchronized boolean add(Skill skill, int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("experience only grows: " + amount);
        }
        int before = XpCurve.levelForXp(xp[skill.ordinal()]);
        xp[skill.ordinal()] = (int) Math.min(MAX_XP, (long) xp[skill.ordinal()] + amount);
        return XpCurve.levelForXp(xp[skill.ordinal()]) > before;
    }

    /** All nine skills in id order, as clients see them. */
    public synchronized List<SkillView> views() {
        List<SkillView> views = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            views.add(SkillView.of(skill, xp[skill.ordinal()]));
        }
        views.sort((a, b) -> Integer.compare(a.skillId(), b.skillId()));
        return views;
    }

    /** The most experience a skill can hold, as in the game this curve comes from. */
    public static final int MAX_XP = 200_000_000;
}

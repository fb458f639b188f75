package dev.realmforge.engine.rpg.skill;

/** One skill as a client sees it. */
public record SkillView(int skillId, String name, int currentLevel, int currentXp, int targetXp) {

    public static SkillView of(Skill skill, int xp) {
        return new SkillView(skill.id(), skill.key(), XpCurve.levelForXp(xp), xp, XpCurve.targetXp(xp));
    }
}

package dev.realmforge.engine.rpg.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SkillTest {

    @Test
    void idsAreOneToNineAndUnique() {
        assertThat(Arrays.stream(Skill.values()).map(Skill::id))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void attackIsOneAndDefenseIsTwo() {
        assertThat(Skill.ATTACK.id()).isEqualTo(1);
        assertThat(Skill.DEFENSE.id()).isEqualTo(2);
    }

    @Test
    void hitpointsStartsAtLevelTenWith1154Xp() {
        assertThat(Skill.HITPOINTS.startingLevel()).isEqualTo(10);
        assertThat(Skill.HITPOINTS.startingXp()).isEqualTo(1154);
    }

    @Test
    void everyOtherSkillStartsAtLevelOneWithNoXp() {
        Arrays.stream(Skill.values()).filter(s -> s != Skill.HITPOINTS).forEach(s -> {
            assertThat(s.startingLevel()).as(s.name()).isEqualTo(1);
            assertThat(s.startingXp()).as(s.name()).isZero();
        });
    }

    @Test
    void keyIsTheLowerCaseName() {
        assertThat(Skill.WOODCUTTING.key()).isEqualTo("woodcutting");
        assertThat(Skill.HITPOINTS.key()).isEqualTo("hitpoints");
    }

    @Test
    void skillViewCarriesLevelAndNextTarget() {
        SkillView view = SkillView.of(Skill.MINING, 100);

        assertThat(view).isEqualTo(new SkillView(9, "mining", 2, 100, XpCurve.xpForLevel(3)));
    }

    @Test
    void skillViewOfStartingHitpoints() {
        SkillView view = SkillView.of(Skill.HITPOINTS, Skill.HITPOINTS.startingXp());

        assertThat(view.skillId()).isEqualTo(4);
        assertThat(view.currentLevel()).isEqualTo(10);
        assertThat(view.currentXp()).isEqualTo(1154);
        assertThat(view.targetXp()).isEqualTo(XpCurve.xpForLevel(11));
    }

    @Test
    void skillViewAtMaxLevelTargetsTheLevel99Threshold() {
        SkillView view = SkillView.of(Skill.ATTACK, 20_000_000);

        assertThat(view.currentLevel()).isEqualTo(99);
        assertThat(view.targetXp()).isEqualTo(13_034_431);
    }
}

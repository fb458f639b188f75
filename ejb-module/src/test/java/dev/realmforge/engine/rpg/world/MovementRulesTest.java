package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.map.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.map.Maps;
import dev.realmforge.engine.rpg.map.Portal;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.engine.rpg.map.TilePoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovementRulesTest {

    /** A 3x3 map "a" with a wall in the middle and a portal at (2,2) to map "b" (2x1) arrival (1,0). */
    private final MovementRules rules;

    MovementRulesTest() {
        boolean[] blocked = new boolean[9];
        blocked[4] = true;
        TileMap a = new TileMap("a", 3, 3, new int[9], blocked, new TilePoint(0, 0), Map.of(),
                List.of(new Portal(new TilePoint(2, 2), "b", "in")), List.of());
        TileMap b = new TileMap("b", 2, 1, new int[2], new boolean[2], new TilePoint(0, 0),
                Map.of("in", new TilePoint(1, 0)), List.of(), List.of());
        rules = new MovementRules(new Maps.Builder().add(a).add(b).build());
    }

    private static GameRuleException refused(Runnable step) {
        return catchThrowableOfType(step::run, GameRuleException.class);
    }

    @Test
    void aStepMovesExactlyOneTileAndFacesItsDirection() {
        MovementRules.Step step = rules.step(new Position("a", 0, 0, "south"), Direction.RIGHT);

        assertThat(step.to()).isEqualTo(new Position("a", 1, 0, "east"));
        assertThat(step.from()).isEqualTo(new Position("a", 0, 0, "south"));
        assertThat(step.portal()).isFalse();
    }

    @Test
    void upDecreasesYAndDownIncreasesIt() {
        assertThat(rules.step(new Position("a", 0, 1, "south"), Direction.UP).to().y()).isZero();
        assertThat(rules.step(new Position("a", 0, 1, "south"), Direction.DOWN).to().y()).isEqualTo(2);
    }

    @Test
    void aBlockedTileRefusesTheStep() {
        GameRuleException e = refused(() -> rules.step(new Position("a", 1, 0, "south"), Direction.DOWN));

        assertThat(e.code()).isEqualTo(RpgErrorCode.MOVEMENT_BLOCKED);
        assertThat(e.details()).containsEntry("collision", true);
    }

    @Test
    void theMapEdgeRefusesTheStep() {
        assertThat(refused(() -> rules.step(new Position("a", 0, 0, "south"), Direction.LEFT)).code())
                .isEqualTo(RpgErrorCode.MOVEMENT_OUT_OF_BOUNDS);
        assertThat(refused(() -> rules.step(new Position("a", 0, 0, "south"), Direction.UP)).code())
                .isEqualTo(RpgErrorCode.MOVEMENT_OUT_OF_BOUNDS);
    }

    @Test
    void steppingOnAPortalArrivesOnTheOtherMap() {
        MovementRules.Step step = rules.step(new Position("a", 2, 1, "south"), Direction.DOWN);

        assertThat(step.portal()).isTrue();
        assertThat(step.to()).isEqualTo(new Position("b", 1, 0, "south"));
    }

    @Test
    void directionNamesAreCaseSensitive() {
        assertThat(Direction.parse("LEFT")).isEqualTo(Direction.LEFT);
        assertThat(catchThrowableOfType(() -> Direction.parse("left"), GameRuleException.class).code())
                .isEqualTo(RpgErrorCode.MOVEMENT_INVALID_DIRECTION);
        assertThat(catchThrowableOfType(() -> Direction.parse(null), GameRuleException.class).code())
                .isEqualTo(RpgErrorCode.MOVEMENT_INVALID_DIRECTION);
    }
}

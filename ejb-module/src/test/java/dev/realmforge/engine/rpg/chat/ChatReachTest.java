package dev.realmforge.engine.rpg.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.persistence.account.Role;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatReachTest {

    private final ChatReach rules = new ChatReach(3, 16, Set.of(Role.MODERATOR, Role.ADMIN));

    private static void ruleBroken(ThrowingCallable call, RpgErrorCode code) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(GameRuleException.class);
        assertThat(((GameRuleException) thrown).code()).isEqualTo(code);
    }

    private static Position at(String map, int x, int y) {
        return new Position(map, x, y, "south");
    }

    @Test
    void playerMayNotUseGlobalChat() {
        ruleBroken(() -> rules.checkGlobalAllowed(Role.PLAYER), RpgErrorCode.CHAT_PERMISSION_DENIED);
    }

    @Test
    void configuredStaffRolesMayUseGlobalChat() {
        assertThatCode(() -> rules.checkGlobalAllowed(Role.MODERATOR)).doesNotThrowAnyException();
        assertThatCode(() -> rules.checkGlobalAllowed(Role.ADMIN)).doesNotThrowAnyException();
    }

    @Test
    void roleLeftOutOfTheConfigurationIsDenied() {
        ChatReach adminOnly = new ChatReach(3, 16, Set.of(Role.ADMIN));

        ruleBroken(() -> adminOnly.checkGlobalAllowed(Role.MODERATOR), RpgErrorCode.CHAT_PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "listener at ({0},{1}) in range: {2}")
    @CsvSource({
            "8, 8, true",
            "63, 0, true",      // chunk 3
            "64, 0, false",     // chunk 4
            "0, 63, true",
            "0, 64, false",
            "63, 63, true",
            "-48, 0, true",     // chunk -3
            "-49, 0, false",    // chunk -4 (floor), not -3 (truncation)
            "0, -49, false"
    })
    void localRangeIsASquareOfChunksAroundTheSender(int x, int y, boolean inRange) {
        assertThat(rules.inLocalRange(at("world", 8, 8), at("world", x, y))).isEqualTo(inRange);
    }

    @Test
    void senderAtNegativeCoordinatesUsesFloorDivisionForItsChunk() {
        Position sender = at("world", -1, -1); // chunk (-1, -1)

        assertThat(rules.inLocalRange(sender, at("world", 47, 0))).isTrue();   // chunk 2, distance 3
        assertThat(rules.inLocalRange(sender, at("world", 48, 0))).isFalse();  // chunk 3, distance 4
    }

    @Test
    void listenerOnAnotherMapIsOutOfRange() {
        assertThat(rules.inLocalRange(at("world", 8, 8), at("dungeon", 8, 8))).isFalse();
    }
}

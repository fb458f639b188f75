package dev.realmforge.engine.rpg.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.session.RecordingPlayerLink;
import dev.realmforge.persistence.account.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceTest {

    private static final Instant NOW = Instant.parse("2024-02-01T12:00:00.123Z");

    private final OnlinePlayers online = new OnlinePlayers();
    private final ChatService chat = new ChatService();

    private OnlinePlayer alice;  // the sender, world chunk (0, 0)
    private OnlinePlayer bob;    // world chunk (2, 2): in local range
    private OnlinePlayer carol;  // world chunk (12, 0): out of range
    private OnlinePlayer dave;   // dungeon, same tile as alice
    private OnlinePlayer mod;    // moderator, far away

    @BeforeEach
    void setUp() {
        chat.online = online;
        chat.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        chat.maxLength = 256;
        chat.localChunkRadius = 3;
        chat.chunkSize = 16;
        chat.globalRoles = List.of("moderator", " admin ");
        chat.profanityEnabled = true;
        chat.profanityWords = List.of("damn");
        chat.init();

        alice = join(1, "alice", Role.PLAYER, "world", 5, 5);
        bob = join(2, "bob", Role.PLAYER, "world", 40, 40);
        carol = join(3, "carol", Role.PLAYER, "world", 200, 0);
        dave = join(4, "dave", Role.PLAYER, "dungeon", 5, 5);
        mod = join(5, "mod", Role.MODERATOR, "world", 900, 900);
    }

    private OnlinePlayer join(long id, String name, Role role, String map, int x, int y) {
        OnlinePlayer player = new OnlinePlayer(id, 100 + id, name, role, new RecordingPlayerLink(),
                new Position(map, x, y, "south"), 10, dev.realmforge.engine.rpg.skill.Experience.starting(), dev.realmforge.engine.rpg.session.Pacing.DEFAULT);
        online.register(player);
        return player;
    }

    private static RecordingPlayerLink link(OnlinePlayer player) {
        return (RecordingPlayerLink) player.link();
    }

    private void advanceTo(Instant instant) {
        chat.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void localChatReachesPlayersInRangeOnTheSameMapIncludingTheSender() {
        ChatReceipt receipt = chat.send(alice, "local", "hello", null);

        assertThat(receipt.channel()).isEqualTo(ChatChannel.LOCAL);
        assertThat(receipt.recipients()).containsExactlyInAnyOrder("alice", "bob");
        ChatMessageEvent expected = new ChatMessageEvent("alice", "hello", ChatChannel.LOCAL, NOW);
        assertThat(link(alice).delivered).containsExactly(expected);
        assertThat(link(bob).delivered).containsExactly(expected);
        assertThat(link(carol).delivered).isEmpty();
        assertThat(link(dave).delivered).isEmpty();
        assertThat(link(mod).delivered).isEmpty();
    }

    @Test
    void messageIdIsPlayerIdAndEpochMillis() {
        ChatReceipt receipt = chat.send(alice, "local", "hello", null);

        assertThat(receipt.messageId()).isEqualTo("1_" + NOW.toEpochMilli()).isEqualTo("1_1706788800123");
    }

    @Test
    void deliveredTextIsFiltered() {
        chat.send(alice, "local", "damn it", null);

        assertThat(link(bob).delivered).containsExactly(
                new ChatMessageEvent("alice", "**** it", ChatChannel.LOCAL, NOW));
    }

    @Test
    void directMessageReachesOnlyTheRecipientFoundCaseInsensitively() {
        ChatReceipt receipt = chat.send(alice, "dm", "psst", "CAROL");

        assertThat(receipt.recipients()).containsExactly("carol");
        assertThat(link(carol).delivered).containsExactly(new ChatMessageEvent("alice", "psst", ChatChannel.DM, NOW));
        assertThat(link(alice).delivered).isEmpty();
        assertThat(link(bob).delivered).isEmpty();
    }

    @Test
    void directMessageToAnUnknownPlayerIsRecipientNotFound() {
        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "dm", "psst", "nobody"));

        assertThat(e.code()).isEqualTo(RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND);
        assertThat(e.details()).containsEntry("recipient", "nobody");
        assertThat(link(alice).delivered).isEmpty();
    }

    @Test
    void directMessageWithoutARecipientIsRecipientNotFound() {
        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "dm", "psst", " "));

        assertThat(e.code()).isEqualTo(RpgErrorCode.CHAT_DM_RECIPIENT_NOT_FOUND);
    }

    @Test
    void globalChatFromAModeratorReachesEveryoneOnline() {
        ChatReceipt receipt = chat.send(mod, "global", "server restart soon", null);

        assertThat(receipt.recipients()).containsExactlyInAnyOrder("alice", "bob", "carol", "dave", "mod");
        assertThat(link(dave).delivered).hasSize(1);
    }

    @Test
    void globalChatFromAPlayerIsDenied() {
        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "global", "hi all", null));

        assertThat(e.code()).isEqualTo(RpgErrorCode.CHAT_PERMISSION_DENIED);
        assertThat(link(bob).delivered).isEmpty();
    }

    @Test
    void unknownChannelIsInvalid() {
        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "system", "hi", null));

        assertThat(e.code()).isEqualTo(RpgErrorCode.CHAT_INVALID_CHANNEL);
    }

    @Test
    void secondMessageWithinTheCooldownIsRateLimited() {
        chat.send(alice, "local", "one", null);
        advanceTo(NOW.plusMillis(400));

        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "local", "two", null));

        assertThat(RpgErrorCode.of(e.code())).isEqualTo(RpgErrorCode.CHAT_RATE_LIMITED);
        assertThat(e.details()).containsEntry("retry_after_ms", 600L);
        assertThat(link(bob).delivered).hasSize(1);
    }

    @Test
    void messageAfterTheCooldownIsDelivered() {
        chat.send(alice, "local", "one", null);
        advanceTo(NOW.plusSeconds(1));

        chat.send(alice, "local", "two", null);

        assertThat(link(bob).delivered).hasSize(2);
    }

    @Test
    void cooldownIsPerSender() {
        chat.send(alice, "local", "one", null);

        chat.send(bob, "local", "two", null);

        assertThat(link(alice).delivered).hasSize(2);
    }

    @Test
    void rejectedEmptyMessageDoesNotStartTheCooldown() {
        GameRuleException e = catchThrowableOfType(GameRuleException.class,
                () -> chat.send(alice, "local", "   ", null));
        assertThat(RpgErrorCode.of(e.code())).isEqualTo(RpgErrorCode.CHAT_EMPTY_MESSAGE);

        chat.send(alice, "local", "hello", null);

        assertThat(link(bob).delivered).hasSize(1);
    }

    @Test
    void deniedGlobalMessageDoesNotStartTheCooldown() {
        catchThrowableOfType(GameRuleException.class, () -> chat.send(alice, "global", "hi all", null));

        chat.send(alice, "local", "hello", null);

        assertThat(link(bob).delivered).hasSize(1);
    }

    @Test
    void disabledProfanityFilterDeliversTextAsTyped() {
        chat.profanityEnabled = false;
        chat.init();

        chat.send(alice, "local", "damn it", null);

        assertThat(link(bob).delivered).containsExactly(
                new ChatMessageEvent("alice", "damn it", ChatChannel.LOCAL, NOW));
    }
}

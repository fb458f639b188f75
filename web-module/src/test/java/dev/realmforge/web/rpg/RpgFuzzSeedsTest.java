package dev.realmforge.web.rpg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.realmforge.web.fuzz.FuzzHarness;
import dev.realmforge.web.fuzz.FuzzSink;
import dev.realmforge.web.fuzz.SentFrame;
import dev.realmforge.web.rpg.codec.EnvelopeReader;
import dev.realmforge.web.rpg.codec.WireMappers;
import dev.realmforge.web.rpg.wire.Inbound;
import dev.realmforge.web.rpg.wire.InboundFrame;
import dev.realmforge.web.rpg.wire.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated seeds of the rpg fuzz targets: one valid frame of every client message type,
 * written once as JSON ({@link RpgJsonFrameFuzzTest}) and once as MessagePack
 * ({@link RpgMsgpackFrameFuzzTest}) under the same name, plus a frame over the size limit. Jazzer mutates
 * what it is given, so frames that pass every check of the dispatcher and reach a success in the
 * handler let it explore the handlers' payload parsing rather than the envelope checks.
 *
 * <p>The frames are defined here; the files are their copies. This test fails when a file is
 * missing or differs, when a client message type has no seed, or when a seed no longer gets the
 * answer it was written for. After adding a message type or changing a seed, rewrite the files
 * with {@code ./mvnw -B -ntp test -pl web-module -am -Dtest=RpgFuzzSeedsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drealmforge.fuzz.write-seeds=true}. Other files in the
 * seed directories (hand-written edge cases, Jazzer's {@code crash-*} findings) are left alone.
 */
class RpgFuzzSeedsTest {

    static final Path INPUTS = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/dev/realmforge/web/rpg");
    static final Path JSON_SEEDS = INPUTS.resolve("RpgJsonFrameFuzzTestInputs/rpgJsonFrames");
    static final Path MSGPACK_SEEDS = INPUTS.resolve("RpgMsgpackFrameFuzzTestInputs/rpgMsgpackFrames");

    /** A seed: its file name, the envelope in JSON, and the type of the reply it must get. */
    record Seed(String name, String json, String answer) {
    }

    static final List<Seed> SEEDS = List.of(
            valid(MessageType.CMD_AUTHENTICATE, "{\"token\":\"" + RpgFuzzStubs.VALID_TOKEN + "\"}",
                    MessageType.EVENT_WELCOME),
            valid(MessageType.CMD_CHAT_SEND, "{\"channel\":\"local\",\"message\":\"hello bob\",\"recipient\":null}"),
            valid(MessageType.CMD_MOVE, "{\"direction\":\"UP\"}"),
            valid(MessageType.QUERY_CHUNKS, "{\"map_id\":\"samplemap\",\"chunk_x\":0,\"chunk_y\":0,\"radius\":1}"),
            valid(MessageType.QUERY_INVENTORY, "{}"),
            valid(MessageType.CMD_INVENTORY_USE, "{\"slot\":2}"),
            valid(MessageType.CMD_INVENTORY_DROP, "{\"slot\":1,\"quantity\":10}"),
            valid(MessageType.QUERY_EQUIPMENT, "{}"),
            valid(MessageType.CMD_EQUIPMENT_EQUIP, "{\"inventory_slot\":0,\"equipment_slot\":\"weapon\"}"),
            valid(MessageType.CMD_EQUIPMENT_UNEQUIP, "{\"equipment_slot\":\"body\"}"),
            valid(MessageType.CMD_PICKUP_ITEM, "{\"ground_item_id\":\"ground_item_42\"}"),
            valid(MessageType.CMD_ATTACK, "{\"target_id\":\"player_2\",\"target_type\":\"player\"}"),
            new Seed("too-large", envelope("too-large", MessageType.CMD_CHAT_SEND,
                    "{\"channel\":\"local\",\"message\":\"" + "a".repeat(RpgFrameChecks.MAX_FRAME_BYTES) + "\"}"),
                    MessageType.RESP_ERROR));

    private static Seed valid(String type, String payload) {
        return valid(type, payload, MessageType.RESP_SUCCESS);
    }

    private static Seed valid(String type, String payload, String answer) {
        return new Seed("valid-" + type, envelope("seed-" + type, type, payload), answer);
    }

    private static String envelope(String id, String type, String payload) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"payload\":" + payload + ",\"version\":\"2.0\"}";
    }

    static byte[] jsonBytes(Seed seed) {
        return seed.json().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] msgpackBytes(Seed seed) throws IOException {
        return WireMappers.MSGPACK.writeValueAsBytes(WireMappers.JSON.readTree(seed.json()));
    }

    @Test
    void everyClientMessageTypeHasAValidSeed() {
        Set<String> seeded = SEEDS.stream().map(Seed::name).filter(name -> name.startsWith("valid-"))
                .map(name -> name.substring("valid-".length())).collect(Collectors.toSet());
        assertThat(seeded).containsExactlyInAnyOrderElementsOf(RpgFuzzProfile.CLIENT_TYPES);
    }

    @Test
    void theSeedFilesAreCopiesOfTheSeeds() throws IOException {
        boolean write = Boolean.getBoolean("realmforge.fuzz.write-seeds");
        List<String> stale = new ArrayList<>();
        for (Seed seed : SEEDS) {
            check(JSON_SEEDS.resolve(seed.name()), jsonBytes(seed), write, stale);
            check(MSGPACK_SEEDS.resolve(seed.name()), msgpackBytes(seed), write, stale);
        }
        assertThat(stale).as("seed files missing or out of date; rewrite them with -Drealmforge.fuzz.write-seeds=true "
                + "(see this class)").isEmpty();
    }

    private static void check(Path file, byte[] expected, boolean write, List<String> stale) throws IOException {
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), expected)) {
            return;
        }
        if (write) {
            Files.createDirectories(file.getParent());
            Files.write(file, expected);
        } else {
            stale.add(INPUTS.relativize(file).toString());
        }
    }

    @Test
    void everySeedGetsTheAnswerItWasWrittenFor() throws IOException {
        FuzzHarness harness = new FuzzHarness(new RpgFuzzProfile());
        EnvelopeReader json = new EnvelopeReader(WireMappers.JSON, RpgFrameChecks.MAX_FRAME_BYTES);
        EnvelopeReader msgpack = new EnvelopeReader(WireMappers.MSGPACK, RpgFrameChecks.MAX_FRAME_BYTES);
        RpgDispatcher dispatcher = RpgFuzzStubs.dispatcher();
        for (Seed seed : SEEDS) {
            byte[] msgpackFrame = msgpackBytes(seed);
            Inbound fromJson = json.read(seed.json());
            Inbound fromMsgpack = msgpack.read(msgpackFrame);
            if (fromJson instanceof Inbound.Message a && fromMsgpack instanceof Inbound.Message b) {
                assertThat(treeOf(b)).as(seed.name() + ": both encodings decode alike").isEqualTo(treeOf(a));
            }
            assertThat(answer(harness, dispatcher, seed, jsonBytes(seed), new InboundFrame.Json(fromJson)))
                    .as(seed.name() + " as JSON").isEqualTo(seed.answer());
            assertThat(answer(harness, dispatcher, seed, msgpackFrame, new InboundFrame.Msgpack(fromMsgpack)))
                    .as(seed.name() + " as MessagePack").isEqualTo(seed.answer());
        }
    }

    private static List<Object> treeOf(Inbound.Message message) {
        return List.of(String.valueOf(message.id()), message.type(), message.payload(), String.valueOf(message.version()));
    }

    /** The type of the reply the seed gets (on a fresh connection; authenticated unless it authenticates). */
    private static String answer(FuzzHarness harness, RpgDispatcher dispatcher, Seed seed, byte[] input,
                                 InboundFrame frame) {
        FuzzSink sink = new FuzzSink();
        RpgConnection connection = new RpgConnection(sink);
        Inbound content = frame.content();
        String type = content instanceof Inbound.Message message ? message.type() : null;
        if (!MessageType.CMD_AUTHENTICATE.equals(type)) {
            RpgFuzzStubs.authenticated(connection);
        }
        List<SentFrame> sent = harness.exchange(seed.name(), input,
                new FuzzHarness.Request(content.id(), type, frame instanceof InboundFrame.Json), sink,
                () -> dispatcher.dispatch(connection, frame));
        RpgFuzzProfile rules = new RpgFuzzProfile();
        return sent.stream().filter(s -> rules.answers(s.type(), type)).map(SentFrame::type).findFirst().orElseThrow();
    }
}

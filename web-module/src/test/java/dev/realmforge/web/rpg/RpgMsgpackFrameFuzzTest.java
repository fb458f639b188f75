package dev.realmforge.web.rpg;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the rpg MessagePack binary decoder: every input is one binary frame, decoded and
 * dispatched by {@link RpgFrameChecks}. One target per class, so that {@code bin/fuzz} can give each its
 * own JVM (Jazzer fuzzes one target per JVM) and run two at once.
 *
 * <p>In a plain build Jazzer replays the inputs in {@code src/test/resources/dev/realmforge/web/rpg/
 * RpgMsgpackFrameFuzzTestInputs/rpgMsgpackFrames/} (a valid frame of every client message type, see {@link RpgFuzzSeedsTest},
 * plus edge cases and past findings). {@code bin/fuzz} runs it in fuzzing mode; see docs/fuzzing.md.
 * The {@code maxDuration} below only applies to a run started by hand with {@code JAZZER_FUZZ=1};
 * {@code bin/fuzz} sets its own budget.
 */
class RpgMsgpackFrameFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void rpgMsgpackFrames(byte[] frame) {
        RpgFrameChecks.msgpackFrame(frame);
    }
}

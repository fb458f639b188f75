package dev.realmforge.web.fuzz;

import dev.realmforge.web.transport.WireFrame;
import java.util.List;
import java.util.Set;

/**
 * What a profile tells {@link FuzzHarness} about its protocol, so that the harness can judge what
 * the profile's dispatcher sent back to one fuzzed frame. A profile implements this once, next to
 * its fuzz test (rpg: {@code dev.realmforge.web.rpg.RpgFuzzProfile}).
 */
public interface FuzzProfile {

    /** The profile's name, for failure messages. */
    String name();

    /**
     * Encodes a frame the dispatcher handed to the connection's sink, exactly as the container's
     * encoder would. Throwing is a finding: in production the frame would be dropped unanswered.
     */
    WireBytes encode(WireFrame frame);

    /**
     * Reads a sent frame back as a client of this profile would. Throws (any exception) when it is
     * not a well-formed envelope of the profile: wrong shape, wrong version, an error without a
     * code, a string that is not well-formed Unicode.
     */
    SentFrame read(WireBytes wire);

    /**
     * Whether a frame of {@code type} is a reply to a request of {@code requestType} (null when the
     * frame was not a well-formed message, so only an error may answer it). A reply must echo the
     * request's id; exactly one reply answers each frame.
     */
    boolean answers(String type, String requestType);

    /** Whether {@code type} is an event: a frame that answers nothing and carries no id. */
    boolean isEvent(String type);

    /** The type of an error reply ({@code resp_error} in rpg). */
    String errorType();

    /** Every error code the profile may send. */
    Set<String> errorCodes();

    /** Error codes that mean the server failed, not the client: each is a finding. */
    Set<String> internalErrorCodes();

    /**
     * Loggers under which a {@code SEVERE} record during an exchange is a finding (a dispatcher logs
     * the exception it turned into an internal error there). Names are prefixes in the
     * java.util.logging tree: {@code "dev.realmforge"} covers all of Realmforge.
     */
    default List<String> watchedLoggers() {
        return List.of("dev.realmforge");
    }
}

package dev.realmforge.web.fuzz;

/**
 * A frame the server sent, as a client of the profile reads it back: its correlation id (null for
 * an event, or for a reply to a request without a readable id), its type, and for an error reply
 * its error code (null for every other frame).
 */
public record SentFrame(String id, String type, String errorCode) {
}

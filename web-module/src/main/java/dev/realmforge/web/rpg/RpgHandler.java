package dev.realmforge.web.rpg;

/**
 * Handles one message type: validates the payload, calls the engine and replies. May throw
 * {@link dev.realmforge.engine.error.GameRuleException}; the dispatcher turns it into {@code resp_error}.
 */
interface RpgHandler {

    void handle(RpgRequest request);
}

package dev.realmforge.engine.error;

import jakarta.ejb.ApplicationException;
import java.util.Map;
import java.util.Objects;

/**
 * A request broke a game rule; the code is one of a profile's vocabulary (or the core's own). It is an expected outcome, not a failure: the transport turns it into
 * an error reply and the session goes on. Any open transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class GameRuleException extends RuntimeException {

    private final RuleCode code;
    private final transient Map<String, Object> details;

    public GameRuleException(RuleCode code, String message) {
        this(code, message, Map.of());
    }

    public GameRuleException(RuleCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
        this.details = Map.copyOf(details);
    }

    public RuleCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}

package dev.realmforge.it.standin;

import dev.realmforge.engine.account.TokenSignIn;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.error.RuleCode;
import dev.realmforge.engine.event.SessionReplacedEvent;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.engine.session.Presence;
import dev.realmforge.engine.session.SessionRegistry;
import dev.realmforge.persistence.account.Account;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The stand-in profile's engine side: its session registry, opened in the core's {@link Presence}
 * at start-up, signing in and leaving. One session per account within the profile; a second
 * sign-in replaces the first (told and closed) and leaves the account's sessions in other profiles
 * alone. Bans and shutdown reach these sessions through {@code Presence} with no code here.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StandinSessions {

    public static final String PROFILE = "standin";

    /** The stand-in's error vocabulary: why a sign-in was refused. */
    public enum Refusal implements RuleCode {
        MISSING_TOKEN,
        EXPIRED_TOKEN,
        /** Forged, malformed, or the token of an account that is gone or banned (not told apart). */
        INVALID_TOKEN
    }

    @Inject
    Presence presence;

    @Inject
    TokenSignIn tokenSignIn;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    private SessionRegistry<StandinSession> registry;

    @PostConstruct
    void open() {
        registry = presence.open(PROFILE);
        metrics.gauge("realmforge.players.online", registry, SessionRegistry::count, new Tag("profile", PROFILE));
    }

    /**
     * Checks the token through the core's {@link TokenSignIn}, as rpg does (the same JWT, issued by
     * {@code /auth/login}), and registers a session for {@code link}; a session of the same account
     * this replaces is told and closed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public StandinSession signIn(String token, PlayerLink link) {
        TokenSignIn.Check check = tokenSignIn.check(token);
        switch (check.outcome()) {
            case SIGNED_IN -> { }
            case MISSING_TOKEN -> throw new GameRuleException(Refusal.MISSING_TOKEN, "No token provided");
            case EXPIRED_TOKEN -> throw new GameRuleException(Refusal.EXPIRED_TOKEN, "Token has expired");
            case INVALID_TOKEN, NO_ACCOUNT, BANNED -> throw new GameRuleException(Refusal.INVALID_TOKEN, "Invalid token");
        }
        Account account = check.account();
        StandinSession session = new StandinSession(account.getId(), account.getUsername(), link);
        registry.register(session).ifPresent(replaced -> {
            replaced.link().deliver(new SessionReplacedEvent("You signed in on the stand-in from another connection",
                    clock.instant()));
            replaced.link().close(DisconnectReason.SESSION_REPLACED);
        });
        return session;
    }

    /**
     * The session's connection ended. The stand-in keeps no hot state, so there is nothing to save
     * first; a session already replaced is not in the registry and this changes nothing.
     */
    public void leave(StandinSession session) {
        registry.remove(session);
    }

    /** Whether {@code session} is still its account's stand-in session. */
    public boolean isLive(StandinSession session) {
        return registry.byAccount(session.accountId()).filter(current -> current == session).isPresent();
    }

    /** Sessions of the account in every profile, this one included. */
    public int sessionsOfAccount(long accountId) {
        return presence.sessionsOf(accountId).size();
    }
}

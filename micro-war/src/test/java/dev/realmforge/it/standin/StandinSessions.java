package dev.realmforge.it.standin;

import dev.realmforge.engine.auth.TokenRejectedException;
import dev.realmforge.engine.auth.TokenService;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    TokenService tokens;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    private SessionRegistry<StandinSession> registry;

    @PostConstruct
    void open() {
        registry = presence.open(PROFILE);
        metrics.gauge("realmforge.players.online", registry, SessionRegistry::count, new Tag("profile", PROFILE));
    }

    /**
     * Checks the token as rpg does (the same JWT, issued by {@code /auth/login}) and registers a
     * session for {@code link}; a session of the same account this replaces is told and closed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public StandinSession signIn(String token, PlayerLink link) {
        if (token == null || token.isBlank()) {
            throw new GameRuleException(Refusal.MISSING_TOKEN, "No token provided");
        }
        long accountId;
        try {
            accountId = tokens.verify(token);
        } catch (TokenRejectedException e) {
            throw new GameRuleException(e.expired() ? Refusal.EXPIRED_TOKEN : Refusal.INVALID_TOKEN, e.getMessage());
        }
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isBanned()) {
            throw new GameRuleException(Refusal.INVALID_TOKEN, "Invalid token");
        }
        StandinSession session = new StandinSession(accountId, account.getUsername(), link);
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

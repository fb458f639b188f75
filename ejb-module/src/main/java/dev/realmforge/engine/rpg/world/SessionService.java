package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.Pacing;
import dev.realmforge.engine.rpg.session.PlayerStore;
import dev.realmforge.engine.rpg.session.RpgHotState;
import dev.realmforge.engine.account.TokenSignIn;
import dev.realmforge.engine.save.HotStateSaves;
import dev.realmforge.engine.session.DisconnectReason;
import dev.realmforge.engine.rpg.session.OnlinePlayers;
import dev.realmforge.engine.session.PlayerLink;
import dev.realmforge.engine.rpg.error.RpgErrorCode;
import dev.realmforge.engine.error.GameRuleException;
import dev.realmforge.engine.event.SessionReplacedEvent;
import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.skill.Experience;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.engine.rpg.map.MapCatalog;
import dev.realmforge.engine.rpg.map.TileMap;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entering and leaving the rpg world. One live rpg session per account: a new authentication takes over
 * the hot state of the session it replaces, and the old connection is told and closed.
 */
@Stateless
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    @Inject
    TokenSignIn signIn;

    @Inject
    OnlinePlayers online;

    @Inject
    NewPlayers newPlayers;

    @Inject
    PlayerStore store;

    @Inject
    RpgHotState hotState;

    @Inject
    Clock clock;

    @Inject
    MapCatalog maps;

    @Inject
    ItemTransactions items;

    @Inject
    @ConfigProperty(name = "realmforge.chat.cooldown-ms", defaultValue = "1000")
    long chatCooldownMs;

    @Inject
    @ConfigProperty(name = "realmforge.movement.cooldown-ms", defaultValue = "500")
    long moveCooldownMs;

    @Inject
    @ConfigProperty(name = "realmforge.world.start-map", defaultValue = "samplemap")
    String startMap;

    public EnteredWorld enterWorld(String token, PlayerLink link) {
        TokenSignIn.Check check = signIn.check(token);
        switch (check.outcome()) {
            case SIGNED_IN -> { }
            case MISSING_TOKEN -> throw new GameRuleException(RpgErrorCode.AUTHENTICATION_MISSING_TOKEN,
                    "No token provided");
            case EXPIRED_TOKEN -> throw new GameRuleException(RpgErrorCode.AUTHENTICATION_EXPIRED_TOKEN,
                    "Token has expired");
            case INVALID_TOKEN, NO_ACCOUNT, BANNED -> throw new GameRuleException(RpgErrorCode.AUTHENTICATION_FAILED,
                    "Invalid or expired token");
        }
        Account account = check.account();
        long accountId = account.getId();
        // The registry is read before the saved row: leaveWorld commits its save before it takes
        // the player off the registry, so a player found absent here has its latest state saved.
        Optional<OnlinePlayer> previous = online.byAccount(accountId);
        PlayerRecord record = newPlayers.findOrCreate(accountId);
        Position position = previous.map(OnlinePlayer::position).orElseGet(() -> placeable(new Position(
                record.getMapId(), record.getTileX(), record.getTileY(), record.getFacing())));
        int hp = previous.map(OnlinePlayer::currentHp).orElse(record.getCurrentHp());
        Experience experience = previous.map(OnlinePlayer::experience)
                .orElseGet(() -> Experience.of(store.skills(record.getId())));

        OnlinePlayer player = new OnlinePlayer(record.getId(), accountId, account.getUsername(),
                account.getRole(), link, position, hp, experience,
                new Pacing(Duration.ofMillis(chatCooldownMs), Duration.ofMillis(moveCooldownMs)));
        player.wear(items.worn(record.getId()));
        online.register(player).ifPresent(replaced -> {
            replaced.link().deliver(new SessionReplacedEvent("You logged in from another connection", clock.instant()));
            replaced.link().close(DisconnectReason.SESSION_REPLACED);
        });
        return new EnteredWorld(player, experience.views());
    }

    /**
     * A saved position on a map that no longer exists, or on a tile that is now blocked, becomes
     * the spawn point of the configured start map.
     */
    private Position placeable(Position saved) {
        Optional<TileMap> map = maps.find(saved.mapId());
        if (map.isPresent() && !map.get().isBlocked(saved.x(), saved.y())) {
            return saved;
        }
        TileMap start = maps.find(startMap).orElseThrow(() -> new IllegalStateException("start map " + startMap + " is not loaded"));
        LOG.warning(() -> "Saved position " + saved + " is not walkable; placing the player at " + start.id() + " spawn");
        return new Position(start.id(), start.spawn().x(), start.spawn().y(), saved.facing());
    }

    /**
     * The connection of {@code player} ended: saves it, then takes it off the registry. In that
     * order, and with the save committed in its own transaction first, a reconnect that races this
     * either finds the live player (and takes over its state) or finds the saved row.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void leaveWorld(OnlinePlayer player) {
        if (online.byAccount(player.accountId()).filter(current -> current == player).isPresent()) {
            try {
                HotStateSaves.save(hotState, List.of(player));
            } finally {
                online.remove(player); // even if the save failed (logged): never leave a ghost in the world
            }
        }
    }

}

package dev.realmforge.engine.save;

import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.session.PlayerStore;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves players' hot state so that one conflicting row cannot sink the rest. Two saves of the same
 * player can overlap (the periodic round and that player's own disconnect, say); the row's version
 * check then rolls one of them back. The hot state is the truth and both write it, so the loser
 * only has to write again. A batch that fails is therefore saved again player by player, each
 * player up to {@link #ATTEMPTS} times, each attempt its own transaction. Call it outside a
 * transaction, so that every {@link PlayerStore#save} call commits on its own.
 */
public final class HotStateSaves {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(HotStateSaves.class.getName());

    private HotStateSaves() {
    }

    /** Saves everyone; returns how many players could not be saved (logged). */
    public static int save(PlayerStore store, List<OnlinePlayer> players) {
        try {
            store.save(players);
            return 0;
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.FINE, "A batch of " + players.size() + " saves failed; saving them one by one", batchFailed);
        }
        int unsaved = 0;
        for (OnlinePlayer player : players) {
            if (!saveOne(store, player)) {
                unsaved++;
            }
        }
        return unsaved;
    }

    private static boolean saveOne(PlayerStore store, OnlinePlayer player) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                store.save(List.of(player));
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        LOG.log(Level.SEVERE, "Could not save player " + player.playerId() + " after " + ATTEMPTS + " attempts", last);
        return false;
    }
}

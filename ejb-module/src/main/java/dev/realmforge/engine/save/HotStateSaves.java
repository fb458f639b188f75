package dev.realmforge.engine.save;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves players' hot state so that one conflicting row cannot sink the rest. Two saves of the same
 * player can overlap (the periodic round and that player's own disconnect, say); the row's version
 * check then rolls one of them back. The hot state is the truth and both write it, so the loser
 * only has to write again. A batch that fails is therefore saved again player by player, each
 * unit up to {@link #ATTEMPTS} times, each attempt its own transaction. Call it outside a
 * transaction, so that every {@link HotStateStore#save} call commits on its own.
 */
public final class HotStateSaves {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(HotStateSaves.class.getName());

    private HotStateSaves() {
    }

    /** Saves everyone; returns how many players could not be saved (logged). */
    public static <S> int save(HotStateStore<S> store, List<S> players) {
        try {
            store.save(players);
            return 0;
        } catch (RuntimeException batchFailed) {
            LOG.log(Level.FINE, "A batch of " + players.size() + " " + store.profile() + " saves failed; saving them one by one", batchFailed);
        }
        int unsaved = 0;
        for (S player : players) {
            if (!saveOne(store, player)) {
                unsaved++;
            }
        }
        return unsaved;
    }

    private static <S> boolean saveOne(HotStateStore<S> store, S player) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                store.save(List.of(player));
                return true;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        LOG.log(Level.SEVERE, "Could not save " + store.describe(player) + " after " + ATTEMPTS + " attempts", last);
        return false;
    }
}

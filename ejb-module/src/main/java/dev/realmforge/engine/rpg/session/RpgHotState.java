package dev.realmforge.engine.rpg.session;

import dev.realmforge.engine.save.HotStateStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/** The rpg players' position, hit points and experience, saved by the core's savers. */
@ApplicationScoped
public class RpgHotState implements HotStateStore<OnlinePlayer> {

    @Inject
    OnlinePlayers online;

    @Inject
    PlayerStore store;

    @Override
    public String profile() {
        return OnlinePlayers.PROFILE;
    }

    @Override
    public Collection<OnlinePlayer> live() {
        return online.all();
    }

    @Override
    public void save(List<OnlinePlayer> batch) {
        store.save(batch);
    }

    @Override
    public String describe(OnlinePlayer player) {
        return "rpg player " + player.playerId();
    }
}

package dev.realmforge.engine.session;

import dev.realmforge.engine.event.GameEvent;
import java.util.ArrayList;
import java.util.List;

/** A test {@link PlayerLink} that keeps what it is given. */
public final class RecordingPlayerLink implements PlayerLink {

    public final List<GameEvent> delivered = new ArrayList<>();
    public final List<DisconnectReason> closes = new ArrayList<>();

    @Override
    public void deliver(GameEvent event) {
        delivered.add(event);
    }

    @Override
    public void close(DisconnectReason reason) {
        closes.add(reason);
    }
}

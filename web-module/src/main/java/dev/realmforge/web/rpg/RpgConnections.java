package dev.realmforge.web.rpg;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open rpg connections of this node, authenticated or not. */
@ApplicationScoped
public class RpgConnections {

    private final Set<RpgConnection> open = ConcurrentHashMap.newKeySet();

    void opened(RpgConnection connection) {
        open.add(connection);
    }

    void closed(RpgConnection connection) {
        open.remove(connection);
    }

    /** Frames queued on all connections, not yet handed to the network. */
    public int queuedFrames() {
        return open.stream().mapToInt(RpgConnection::queuedFrames).sum();
    }

    public int openCount() {
        return open.size();
    }
}

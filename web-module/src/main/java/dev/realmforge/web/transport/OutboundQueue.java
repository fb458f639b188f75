package dev.realmforge.web.transport;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded queue of outgoing objects for one session, sent one at a time with the container's
 * asynchronous API, so no caller ever waits on a socket. When the queue is full the client is not
 * keeping up: the session is closed with a logged reason instead of slowing the sender.
 */
public final class OutboundQueue implements FrameSink {

    private static final Logger LOG = Logger.getLogger(OutboundQueue.class.getName());

    private final Session session;
    private final Queue<Object> pending;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile CloseReason closeWhenDrained;
    private volatile boolean closed;

    public OutboundQueue(Session session, int capacity) {
        this.session = session;
        this.pending = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public boolean offer(Object frame) {
        if (closed || closeWhenDrained != null) {
            return false;
        }
        if (!pending.offer(frame)) {
            LOG.warning(() -> "Closing session " + session.getId() + ": outbound queue full, client too slow");
            closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "client too slow"));
            return false;
        }
        pump();
        return true;
    }

    @Override
    public void closeAfterDrain(CloseReason reason) {
        closeWhenDrained = reason;
        pump();
    }

    @Override
    public int size() {
        return pending.size();
    }

    private void pump() {
        while (sending.compareAndSet(false, true)) {
            Object next = pending.poll();
            if (next == null) {
                sending.set(false);
                if (pending.isEmpty()) {
                    closeIfRequested();
                    return;
                }
                continue;
            }
            if (closed || !session.isOpen()) {
                pending.clear();
                sending.set(false);
                return;
            }
            session.getAsyncRemote().sendObject(next, this::sent);
            return;
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "Send failed on session " + session.getId(), result.getException());
            closeNow(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
        }
        sending.set(false);
        pump();
    }

    private void closeIfRequested() {
        CloseReason reason = closeWhenDrained;
        if (reason != null && !sending.get()) {
            closeNow(reason);
        }
    }

    private void closeNow(CloseReason reason) {
        if (closed) {
            return;
        }
        closed = true;
        pending.clear();
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Close failed on session " + session.getId(), e);
        }
    }
}

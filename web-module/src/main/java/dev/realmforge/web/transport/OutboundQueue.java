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
    private final Runnable onTooSlow;
    private final java.util.concurrent.Executor sender;
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile CloseReason closeWhenDrained;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * {@code onTooSlow} runs once, when the queue overflows and the session is closed for it.
     * {@code sender} runs the sending, so that callers of {@link #offer} only enqueue.
     */
    public OutboundQueue(Session session, int capacity, Runnable onTooSlow, java.util.concurrent.Executor sender) {
        this.session = session;
        this.pending = new ArrayBlockingQueue<>(capacity);
        this.onTooSlow = onTooSlow;
        this.sender = sender;
    }

    @Override
    public boolean offer(Object frame) {
        if (closed.get() || closeWhenDrained != null) {
            return false;
        }
        if (!pending.offer(frame)) {
            if (closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "client too slow"))) {
                LOG.warning(() -> "Closed session " + session.getId() + ": outbound queue full, client too slow");
                onTooSlow.run();
            }
            return false;
        }
        schedulePump();
        return true;
    }

    @Override
    public void closeAfterDrain(CloseReason reason) {
        closeWhenDrained = reason;
        schedulePump();
    }

    @Override
    public int size() {
        return pending.size();
    }

    private void schedulePump() {
        if (!sending.get()) {
            sender.execute(this::pump);
        }
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
            if (closed.get() || !session.isOpen()) {
                pending.clear();
                sending.set(false);
                return;
            }
            try {
                session.getAsyncRemote().sendObject(next, this::sent);
            } catch (RuntimeException closedUnderUs) {
                // the container refuses at once when the connection went away since isOpen()
                sent(new SendResult(closedUnderUs));
            }
            return;
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "Send failed on session " + session.getId(), result.getException());
            closeNow(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
        }
        sending.set(false);
        schedulePump();
    }

    private void closeIfRequested() {
        CloseReason reason = closeWhenDrained;
        if (reason != null && !sending.get()) {
            closeNow(reason);
        }
    }

    /** Closes the session unless already closed; true if this call closed it. */
    private boolean closeNow(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        pending.clear();
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Close failed on session " + session.getId(), e);
        }
        return true;
    }
}

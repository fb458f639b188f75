package dev.realmforge.web.transport;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded queue of outgoing frames for one session, sent one at a time with the container's
 * asynchronous API, so no caller ever waits on a socket.
 *
 * <p>Callers only enqueue. All other work (measuring, sending, closing) runs in one drain at a
 * time on the {@code sender} executor: a counter of requested drains makes sure a second request
 * while a drain runs makes that drain loop once more instead of starting another. The drain asks
 * each new frame for its size, which encodes it, and keeps the total of encoded bytes waiting plus
 * the bytes of the frame the container is still sending. A connection over its frame or byte
 * limit is not keeping up: it is closed with 1013 instead of holding memory or slowing anyone.
 *
 * <p>A frame that cannot be encoded, or that the container refuses with an error while the
 * connection stays usable, is dropped alone: logged with the session, reported, and the queue goes
 * on. A send that fails on the socket closes the connection with 1011. Never does a live socket
 * stop hearing from the server while staying open.
 */
public final class OutboundQueue implements FrameSink {

    private static final Logger LOG = Logger.getLogger(OutboundQueue.class.getName());
    static final String DROP_ENCODE = "encode_failed";
    static final String DROP_SEND = "send_failed";

    private final Session session;
    private final OutboundLimits limits;
    private final QueueObserver observer;
    private final Executor sender;

    /**
     * Offered, not yet measured. Bounded by {@code limits.frames()} through {@link #frames}; a
     * linked queue, because an array-backed one would hold room for the whole limit on every
     * connection, idle or not.
     */
    private final Queue<WireFrame> arrived;
    /** Frames offered and not yet sent or dropped (including the one in flight). */
    private final AtomicInteger frames = new AtomicInteger();
    /** Drains requested and not yet performed; the drain that takes it from 0 runs them all. */
    private final AtomicInteger drainsRequested = new AtomicInteger();
    /** Set by the container's completion callback, read by the drain. */
    private final AtomicBoolean sendCompleted = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile CloseReason closeWhenDrained;

    // touched by the drain only (one at a time)
    private final ArrayDeque<Measured> measured = new ArrayDeque<>();
    private long bytesHeld;
    private Measured inFlight;

    private record Measured(WireFrame frame, int bytes) {
    }

    /** {@code sender} runs the drains, so that callers of {@link #offer} only enqueue. */
    public OutboundQueue(Session session, OutboundLimits limits, QueueObserver observer, Executor sender) {
        this.session = session;
        this.limits = limits;
        this.observer = observer;
        this.sender = sender;
        this.arrived = new ConcurrentLinkedQueue<>();
    }

    @Override
    public boolean offer(WireFrame frame) {
        if (closed.get() || closeWhenDrained != null) {
            return false;
        }
        if (frames.incrementAndGet() > limits.frames()) {
            frames.decrementAndGet();
            tooSlow("outbound queue holds " + limits.frames() + " frames");
            return false;
        }
        arrived.offer(frame);
        requestDrain();
        return true;
    }

    @Override
    public void closeAfterDrain(CloseReason reason) {
        closeWhenDrained = reason;
        requestDrain();
    }

    @Override
    public int size() {
        return closed.get() ? 0 : Math.max(0, frames.get());
    }

    private void requestDrain() {
        if (drainsRequested.getAndIncrement() == 0) {
            try {
                sender.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                closeNow(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server shutting down"));
            }
        }
    }

    private void drain() {
        int requests = drainsRequested.get();
        while (true) {
            drainOnce();
            requests = drainsRequested.addAndGet(-requests);
            if (requests == 0) {
                return;
            }
        }
    }

    private void drainOnce() {
        if (sendCompleted.getAndSet(false) && inFlight != null) {
            finished(inFlight);
            inFlight = null;
        }
        if (closed.get()) {
            discardAll();
            return;
        }
        measureArrivals();
        if (closed.get()) {
            discardAll();
            return;
        }
        if (inFlight != null) {
            return;
        }
        Measured next = measured.poll();
        if (next != null) {
            send(next);
        } else if (closeWhenDrained != null && arrived.isEmpty()) {
            closeNow(closeWhenDrained);
        }
    }

    private void measureArrivals() {
        WireFrame frame;
        while ((frame = arrived.poll()) != null) {
            int bytes;
            try {
                bytes = frame.wireBytes();
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable unencodable) {
                drop(DROP_ENCODE, unencodable);
                frames.decrementAndGet();
                continue;
            }
            measured.add(new Measured(frame, bytes));
            bytesHeld += bytes;
            if (bytesHeld > limits.bytes()) {
                tooSlow("outbound queue holds " + bytesHeld + " bytes, over " + limits.bytes());
                return;
            }
        }
    }

    private void send(Measured next) {
        if (!session.isOpen()) {
            closeNow(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "connection lost"));
            return;
        }
        inFlight = next;
        try {
            session.getAsyncRemote().sendObject(next.frame(), this::sent);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Error refused) {
            // the container could not encode this one frame (say, text it cannot write as UTF-8)
            inFlight = null;
            finished(next);
            drop(DROP_SEND, refused);
            requestDrain();
        } catch (RuntimeException closedUnderUs) {
            // the container refuses at once when the connection went away since isOpen()
            LOG.log(Level.FINE, "Send refused on session " + session.getId(), closedUnderUs);
            closeNow(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "Send failed on session " + session.getId(), result.getException());
            closeNow(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
        }
        sendCompleted.set(true);
        requestDrain();
    }

    private void finished(Measured frame) {
        bytesHeld -= frame.bytes();
        frames.decrementAndGet();
    }

    private void drop(String reason, Throwable why) {
        LOG.log(Level.WARNING, "Dropped one outgoing frame on session " + session.getId() + " (" + reason + ")", why);
        observer.dropped(reason);
    }

    private void tooSlow(String why) {
        if (closeNow(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "client too slow"))) {
            LOG.warning(() -> "Closed session " + session.getId() + ": " + why + ", client too slow");
            observer.tooSlow();
        }
    }

    private void discardAll() {
        arrived.clear();
        measured.clear();
        bytesHeld = 0;
        frames.set(0);
    }

    /** Closes the session unless already closed; true if this call closed it. */
    private boolean closeNow(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        arrived.clear();
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Close failed on session " + session.getId(), e);
        }
        return true;
    }
}

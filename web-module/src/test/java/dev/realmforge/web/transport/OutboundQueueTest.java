package dev.realmforge.web.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded queue against a fake session whose sends complete only when the test says so. */
class OutboundQueueTest {

    /** A frame of a given size; {@code unencodable} ones fail when asked for their size. */
    private record Frame(String name, int bytes, boolean unencodable) implements WireFrame {
        @Override
        public int wireBytes() {
            if (unencodable) {
                throw new IllegalStateException("cannot encode " + name);
            }
            return bytes;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Frame f(String name) {
        return new Frame(name, 10, false);
    }

    private final List<Object> sent = new ArrayList<>();
    private final List<String> drops = new ArrayList<>();
    private Error containerError;
    private final List<SendHandler> pending = new ArrayList<>();
    private final List<CloseReason> closes = new ArrayList<>();
    private boolean open = true;
    private int tooSlowReports;
    private RuntimeException sendRefusal;

    private final Session session = fakeSession();

    private Session fakeSession() {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendObject") && args.length == 2) {
                        if (sendRefusal != null) {
                            throw sendRefusal;
                        }
                        if (containerError != null) {
                            Error thrown = containerError;
                            containerError = null;
                            throw thrown;
                        }
                        sent.add(args[0].toString());
                        pending.add((SendHandler) args[1]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "isOpen" -> open;
                    case "getId" -> "s1";
                    case "close" -> {
                        closes.add(args == null ? null : (CloseReason) args[0]);
                        open = false;
                        yield null;
                    }
                    default -> null;
                });
    }

    private final QueueObserver observer = new QueueObserver() {
        @Override
        public void tooSlow() {
            tooSlowReports++;
        }

        @Override
        public void dropped(String reason) {
            drops.add(reason);
        }
    };

    private OutboundQueue queue(int capacity) {
        return queue(capacity, 1_000_000);
    }

    private OutboundQueue queue(int capacity, long maxBytes) {
        return new OutboundQueue(session, new OutboundLimits(capacity, maxBytes), observer, Runnable::run);
    }

    private void completeOldestSend() {
        pending.remove(0).onResult(new SendResult());
    }

    @Test
    void framesGoOutOneAtATimeInOrder() {
        OutboundQueue queue = queue(8);
        queue.offer(f("a"));
        queue.offer(f("b"));
        queue.offer(f("c"));

        assertThat(sent).containsExactly("a");
        completeOldestSend();
        assertThat(sent).containsExactly("a", "b");
        completeOldestSend();
        completeOldestSend();
        assertThat(sent).containsExactly("a", "b", "c");
        assertThat(queue.size()).isZero();
    }

    @Test
    void aClientThatStopsReadingIsClosedAsTooSlowOnceTheQueueIsFull() {
        OutboundQueue queue = queue(3);
        assertThat(queue.offer(f("in flight"))).isTrue();      // never completes: the client reads nothing
        for (int i = 0; i < 2; i++) {
            assertThat(queue.offer(f("queued " + i))).isTrue();
        }

        assertThat(queue.offer(f("one too many"))).isFalse();

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER));
        assertThat(queue.offer(f("after close"))).isFalse();
        assertThat(queue.size()).isZero();
        assertThat(tooSlowReports).as("reported once, not once per refused frame").isEqualTo(1);
    }

    @Test
    void closeAfterDrainSendsWhatIsQueuedThenCloses() {
        OutboundQueue queue = queue(8);
        queue.offer(f("last words"));
        queue.closeAfterDrain(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye"));

        assertThat(closes).isEmpty();
        assertThat(queue.offer(f("too late"))).isFalse();
        completeOldestSend();
        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.GOING_AWAY));
    }

    @Test
    void aFailedSendClosesWithUnexpectedCondition() {
        OutboundQueue queue = queue(8);
        queue.offer(f("doomed"));

        pending.remove(0).onResult(new SendResult(new java.io.IOException("reset")));

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.UNEXPECTED_CONDITION));
        assertThat(tooSlowReports).isZero();
    }

    @Test
    void aSendRefusedOnTheSpotClosesInsteadOfThrowingAtTheCaller() {
        OutboundQueue queue = queue(8);
        sendRefusal = new IllegalStateException("Socket is not connected.");

        queue.offer(f("to a socket that just went away"));

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.UNEXPECTED_CONDITION));
        assertThat(queue.offer(f("next"))).isFalse();
    }

    @Test
    void theCallerOnlyEnqueuesAndTheSenderSends() {
        List<Runnable> senderTasks = new ArrayList<>();
        OutboundQueue queue = new OutboundQueue(session, new OutboundLimits(8, 1000), observer, senderTasks::add);

        assertThat(queue.offer(f("from the tick"))).isTrue();
        assertThat(sent).as("nothing sent on the caller's thread").isEmpty();

        senderTasks.remove(0).run();
        assertThat(sent).containsExactly("from the tick");
    }

    @Test
    void aClientThatReadsTooSlowlyForLargeFramesIsClosedOnceTheQueuedBytesPassTheLimit() {
        OutboundQueue queue = queue(256, 25_000);
        assertThat(queue.offer(new Frame("chunks 1", 10_500, false))).isTrue();   // in flight, held by the container
        assertThat(queue.offer(new Frame("chunks 2", 10_500, false))).isTrue();
        assertThat(closes).as("21,000 bytes held: under the limit").isEmpty();

        queue.offer(new Frame("chunks 3", 10_500, false));

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER));
        assertThat(tooSlowReports).isEqualTo(1);
        assertThat(queue.offer(f("after close"))).isFalse();
    }

    @Test
    void bytesOfSentFramesNoLongerCount() {
        OutboundQueue queue = queue(256, 25_000);
        for (int i = 0; i < 20; i++) {
            assertThat(queue.offer(new Frame("chunks " + i, 10_500, false))).isTrue();
            completeOldestSend();
        }
        assertThat(closes).isEmpty();
        assertThat(sent).hasSize(20);
    }

    @Test
    void aFrameThatCannotBeEncodedIsDroppedAloneAndTheQueueGoesOn() {
        OutboundQueue queue = queue(8);
        queue.offer(new Frame("bad", 10, true));
        queue.offer(f("good"));

        assertThat(sent).containsExactly("good");
        assertThat(drops).containsExactly("encode_failed");
        assertThat(closes).isEmpty();
        completeOldestSend();
        queue.offer(f("later"));
        assertThat(sent).containsExactly("good", "later");
    }

    @Test
    void anErrorFromTheContainersEncodingDropsThatFrameAndTheNextOnesStillGoOut() {
        OutboundQueue queue = queue(8);
        containerError = new Error(new java.nio.charset.MalformedInputException(1));

        queue.offer(f("unwritable text"));
        queue.offer(f("next"));

        assertThat(drops).containsExactly("send_failed");
        assertThat(sent).containsExactly("next");
        assertThat(closes).isEmpty();
        assertThat(queue.size()).isEqualTo(1);
    }
}

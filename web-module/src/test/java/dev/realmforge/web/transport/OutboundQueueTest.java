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

    private final List<Object> sent = new ArrayList<>();
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
                        sent.add(args[0]);
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

    private OutboundQueue queue(int capacity) {
        return new OutboundQueue(session, capacity, () -> tooSlowReports++, Runnable::run);
    }

    private void completeOldestSend() {
        pending.remove(0).onResult(new SendResult());
    }

    @Test
    void framesGoOutOneAtATimeInOrder() {
        OutboundQueue queue = queue(8);
        queue.offer("a");
        queue.offer("b");
        queue.offer("c");

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
        assertThat(queue.offer("in flight")).isTrue();      // never completes: the client reads nothing
        for (int i = 0; i < 3; i++) {
            assertThat(queue.offer("queued " + i)).isTrue();
        }

        assertThat(queue.offer("one too many")).isFalse();

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER));
        assertThat(queue.offer("after close")).isFalse();
        assertThat(queue.size()).isZero();
        assertThat(tooSlowReports).as("reported once, not once per refused frame").isEqualTo(1);
    }

    @Test
    void closeAfterDrainSendsWhatIsQueuedThenCloses() {
        OutboundQueue queue = queue(8);
        queue.offer("last words");
        queue.closeAfterDrain(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye"));

        assertThat(closes).isEmpty();
        assertThat(queue.offer("too late")).isFalse();
        completeOldestSend();
        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.GOING_AWAY));
    }

    @Test
    void aFailedSendClosesWithUnexpectedCondition() {
        OutboundQueue queue = queue(8);
        queue.offer("doomed");

        pending.remove(0).onResult(new SendResult(new java.io.IOException("reset")));

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.UNEXPECTED_CONDITION));
        assertThat(tooSlowReports).isZero();
    }

    @Test
    void aSendRefusedOnTheSpotClosesInsteadOfThrowingAtTheCaller() {
        OutboundQueue queue = queue(8);
        sendRefusal = new IllegalStateException("Socket is not connected.");

        queue.offer("to a socket that just went away");

        assertThat(closes).singleElement().satisfies(reason ->
                assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.UNEXPECTED_CONDITION));
        assertThat(queue.offer("next")).isFalse();
    }

    @Test
    void theCallerOnlyEnqueuesAndTheSenderSends() {
        List<Runnable> senderTasks = new ArrayList<>();
        OutboundQueue queue = new OutboundQueue(session, 8, () -> tooSlowReports++, senderTasks::add);

        assertThat(queue.offer("from the tick")).isTrue();
        assertThat(sent).as("nothing sent on the caller's thread").isEmpty();

        senderTasks.remove(0).run();
        assertThat(sent).containsExactly("from the tick");
    }
}

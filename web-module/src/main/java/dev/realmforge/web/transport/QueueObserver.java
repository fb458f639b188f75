package dev.realmforge.web.transport;

/** What an {@link OutboundQueue} reports: {@link TransportMetrics.ProfileCounters} counts it per profile. */
public interface QueueObserver {

    /** The connection was closed because its client could not keep up (once per connection). */
    void tooSlow();

    /** One frame could not be encoded or handed to the container and was dropped; {@code reason} names why. */
    void dropped(String reason);
}

/** Profile-independent WebSocket plumbing: the bounded asynchronous outbound queue, its sender threads and timers, the connection registry per profile, the counters, and graceful shutdown. */
package dev.realmforge.web.transport;

/** Profile-independent WebSocket plumbing: the bounded, asynchronous outbound queue per session. */
package dev.realmforge.web.transport;

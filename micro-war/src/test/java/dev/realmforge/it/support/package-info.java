/** Test clients for the integration tests: HTTP calls, registered players and a WebSocket game client. */
package dev.realmforge.it.support;

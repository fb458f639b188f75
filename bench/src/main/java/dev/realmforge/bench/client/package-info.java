/**
 * A client of a Realmforge server, shared by the bot swarm ({@code dev.realmforge.bench.rpg}) and
 * the integration tests' helpers ({@code micro-war}'s {@code dev.realmforge.it.support}, which
 * depend on this module in test scope): the two rpg encodings ({@link dev.realmforge.bench.client.Encoding}),
 * the envelope ({@link dev.realmforge.bench.client.Envelope}), one WebSocket connection that
 * reassembles and decodes what the server sends ({@link dev.realmforge.bench.client.RpgSocket}),
 * and the HTTP API: JSON calls ({@link dev.realmforge.bench.client.JsonHttp}), sign-in, staff
 * placement and metrics ({@link dev.realmforge.bench.client.ServerApi},
 * {@link dev.realmforge.bench.client.PrometheusText}).
 * <p>
 * Only the JDK, Jackson and msgpack: no test framework, so that failures are exceptions and each
 * side decides what they mean (the tests assert, the swarm counts). The bots drive a thousand
 * connections and more from one JVM, so what runs per frame stays allocation-light.
 */
package dev.realmforge.bench.client;

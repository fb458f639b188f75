/**
 * A stand-in second profile, {@code standin}, that exists only for the integration tests: it is
 * compiled with the test sources and added to the test deployment by
 * {@code it.support.Deployments.realmforgeWar()}; the production WAR never contains it.
 * <p>
 * It is built only from the core's public seams, the way a new profile would be
 * (docs/adding-a-profile.md), and holds the minimum a profile needs to be online beside rpg: a
 * socket ({@link dev.realmforge.it.standin.StandinEndpoint}, {@code /standin/ws}, JSON text frames),
 * sign-in with the same token as rpg, a session registry opened in the core's
 * {@code Presence} ({@link dev.realmforge.it.standin.StandinSessions}), a connection registered with
 * the core transport ({@link dev.realmforge.it.standin.StandinConnection}), the core's three events,
 * and its own {@code realmforge.players.online} gauge. It has no world, no zone and no saved state.
 * <p>
 * Its protocol, one JSON object per text frame:
 * <pre>
 * client: {"op":"sign_in","id":"1","token":"..."}   server: {"op":"signed_in","id":"1","account_id":7,"username":"..."}
 * client: {"op":"ping","id":"2"}                      server: {"op":"pong","id":"2","username":"...","live":true,"sessions_of_account":2}
 * any refusal:                                        server: {"op":"refused","id":"...","reason":"invalid_token"}
 * events:  {"op":"session_replaced"|"banned"|"server_shutdown","message":"...","at":epoch-millis}, then the close
 * close codes: 4001 session_replaced, 4003 banned, 1001 server_shutdown, 1008 sign_in_timeout
 * </pre>
 * {@code live} says whether this connection's session is still the account's session in the
 * stand-in registry; {@code sessions_of_account} is how many sessions the account has in every
 * profile together ({@code Presence.sessionsOf}).
 */
package dev.realmforge.it.standin;

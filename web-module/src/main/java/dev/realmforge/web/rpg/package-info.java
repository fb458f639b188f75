/**
 * The rpg profile (protocol 2.0) on {@code /ws}: the endpoint, the connection state, the dispatch
 * table and the translation of engine events into wire messages.
 */
package dev.realmforge.web.rpg;

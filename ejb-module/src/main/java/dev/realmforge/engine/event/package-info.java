/**
 * What the engine tells a connected player, as domain events. The transport translates each into
 * its profile's wire message; nothing here names a wire type.
 */
package dev.realmforge.engine.event;

/**
 * Bytes to wire records and back, in both encodings. Decoders never throw: a bad frame becomes an
 * {@link dev.realmforge.web.rpg.wire.Inbound.Malformed} so the session survives it.
 */
package dev.realmforge.web.rpg.codec;

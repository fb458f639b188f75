/**
 * The rpg wire vocabulary: the envelope, message type names and one record per payload. Records
 * use Java names; the codecs write them in snake_case.
 */
package dev.realmforge.web.rpg.wire;

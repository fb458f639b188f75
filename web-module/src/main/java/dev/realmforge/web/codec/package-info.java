/**
 * Checks every profile's decoders run on a frame before it can reach the engine: MessagePack
 * structure against the frame's real length ({@link MsgpackScreen}) and well-formed Unicode in
 * every string ({@link UnicodeScreen}). Profile-neutral: no message type is named here.
 * See docs/adr/0024-unicode-and-control-characters.md.
 */
package dev.realmforge.web.codec;

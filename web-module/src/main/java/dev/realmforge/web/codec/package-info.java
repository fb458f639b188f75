/**
 * Checks every profile's decoders run on a frame before it can reach the engine (MessagePack
 * structure against the frame's real length in {@link MsgpackScreen}, well-formed Unicode in every
 * string in {@link UnicodeScreen}), and the strict scalar rule of every mapper that reads
 * client input ({@link StrictScalars}). Profile-neutral: no message type is named here.
 * See docs/adr/0024-unicode-and-control-characters.md.
 */
package dev.realmforge.web.codec;

/** The chat rules every profile shares: cooldown, text cleaning and length, the profanity filter. Who hears a message is each profile's. */
package dev.realmforge.engine.chat;

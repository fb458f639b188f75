/** Chat: channels, message rules, the profanity filter and delivery to recipients. */
package dev.realmforge.engine.chat;

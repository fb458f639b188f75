/**
 * Transport: one WebSocket endpoint per profile, the encoders and decoders of each wire format,
 * wire records, the message-type to handler table, and the REST auth API. Never imports
 * {@code jakarta.persistence}; talks to the engine through its services and views.
 */
package dev.realmforge.web;

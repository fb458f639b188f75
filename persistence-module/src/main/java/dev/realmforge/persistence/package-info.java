/**
 * Durable records: JPA entities and nothing else. Entities here never reach the wire; the engine
 * translates them into its own views. Nothing in this module knows that sockets or ticks exist.
 * The schema itself is owned by the Flyway migrations in {@code db/migration}.
 */
package dev.realmforge.persistence;

/** The durable side of an rpg player: where it stands, its hit points and its skill experience. */
package dev.realmforge.persistence.rpg.player;

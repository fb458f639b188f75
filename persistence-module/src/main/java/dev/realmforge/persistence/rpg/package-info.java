/** The rpg profile's tables: players, skills, item stacks and the item ledger. */
package dev.realmforge.persistence.rpg;

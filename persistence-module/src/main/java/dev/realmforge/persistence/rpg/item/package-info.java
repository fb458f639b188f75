/** Item stacks, each in exactly one place, and the ledger of items created and destroyed. */
package dev.realmforge.persistence.rpg.item;

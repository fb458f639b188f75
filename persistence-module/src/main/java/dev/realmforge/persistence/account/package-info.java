/** Accounts: credentials, role and ban state. One account owns one rpg player. */
package dev.realmforge.persistence.account;

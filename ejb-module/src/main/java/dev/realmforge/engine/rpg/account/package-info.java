/** How an account registers through the rpg profile: the rpg rules for names and passwords. */
package dev.realmforge.engine.rpg.account;

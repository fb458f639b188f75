/**
 * Accounts: registration, login, password hashing and login throttling. Results leave this package
 * as views ({@link dev.realmforge.engine.account.AccountView}), never as entities.
 */
package dev.realmforge.engine.account;

/** Accounts, shared by every profile: credentials, role and ban state. Each profile keeps its own state in its own tables. */
package dev.realmforge.persistence.account;

/** Server-wide values that must survive restarts, such as a generated token-signing secret. */
package dev.realmforge.persistence.setting;

/** Start-up and shared infrastructure: schema migration, the clock, admin bootstrap. */
package dev.realmforge.engine.platform;

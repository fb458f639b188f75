/** Start-up and shared infrastructure: schema migration (the core's, then each profile's), the clock, admin bootstrap. */
package dev.realmforge.engine.platform;

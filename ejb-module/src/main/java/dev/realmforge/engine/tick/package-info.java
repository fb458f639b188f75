/** The core's tick loop: one timer that drives every profile's zone through its lifecycle, and each zone's schedule and input queue. */
package dev.realmforge.engine.tick;

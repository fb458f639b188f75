/** The core's tick loop: the schedule that decides when a zone's next tick is due. */
package dev.realmforge.engine.tick;

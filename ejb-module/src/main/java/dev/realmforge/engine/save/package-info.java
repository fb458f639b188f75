/** Saving every profile's hot state ({@link dev.realmforge.engine.save.HotStateStore}) off the tick: periodically in batches, on leaving (with retries) and at shutdown. */
package dev.realmforge.engine.save;

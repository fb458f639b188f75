/** Saving hot state off the tick: the periodic batched save and the retrying save helper. */
package dev.realmforge.engine.save;

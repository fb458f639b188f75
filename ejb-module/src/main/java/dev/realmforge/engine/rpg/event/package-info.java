/** The rpg profile's event family, translated to rpg wire messages by the rpg transport. */
package dev.realmforge.engine.rpg.event;

package dev.realmforge.engine.rpg.event;

import dev.realmforge.engine.event.GameEvent;

/**
 * The rpg profile's events: what an rpg player is told without having asked. Each event lives
 * beside the rules that raise it (chat, item, view, skill, world), so this package depends on
 * nothing of rpg's; the rpg transport translates every one of them.
 */
public interface RpgEvent extends GameEvent {
}

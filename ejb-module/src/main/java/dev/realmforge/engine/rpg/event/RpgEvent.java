package dev.realmforge.engine.rpg.event;

import dev.realmforge.engine.event.GameEvent;


/** The rpg profile's events: what an rpg player is told without having asked. */
public sealed interface RpgEvent extends GameEvent
        permits ChatMessageEvent, SkillsEvent, GameUpdateEvent, InventoryEvent, EquipmentEvent, GroundItemsEvent,
        PlayerDiedEvent, PlayerRespawnedEvent {
}

package dev.realmforge.engine.event;

/** Something a connected player is told without having asked. */
public sealed interface GameEvent
        permits ChatMessageEvent, SkillsEvent, SessionReplacedEvent, ServerShutdownEvent, GameUpdateEvent,
        InventoryEvent, EquipmentEvent, GroundItemsEvent, PlayerDiedEvent, PlayerRespawnedEvent {
}

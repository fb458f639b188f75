package dev.realmforge.web.rpg;

import dev.realmforge.engine.rpg.chat.ChatMessageEvent;
import dev.realmforge.engine.event.AccountBannedEvent;
import dev.realmforge.engine.event.GameEvent;
import dev.realmforge.engine.rpg.item.EquipmentEvent;
import dev.realmforge.engine.rpg.view.GameUpdateEvent;
import dev.realmforge.engine.rpg.item.GroundItemsEvent;
import dev.realmforge.engine.rpg.item.InventoryEvent;
import dev.realmforge.engine.rpg.world.PlayerDiedEvent;
import dev.realmforge.engine.rpg.world.PlayerRespawnedEvent;
import dev.realmforge.engine.event.ServerShutdownEvent;
import dev.realmforge.engine.event.SessionReplacedEvent;
import dev.realmforge.engine.rpg.skill.SkillsEvent;
import dev.realmforge.engine.rpg.skill.SkillView;
import dev.realmforge.web.rpg.wire.Envelope;
import dev.realmforge.web.rpg.wire.MessageType;
import dev.realmforge.web.rpg.wire.Payloads;
import java.time.Instant;

/**
 * Engine events to rpg wire envelopes. A replaced session and a ban are told through a system chat
 * line, since the protocol has no dedicated message for them (docs/protocol/rpg.md).
 */
final class EventTranslator {

    private EventTranslator() {
    }

    static Envelope toEnvelope(GameEvent event) {
        if (event instanceof ChatMessageEvent chat) {
            return Envelope.event(MessageType.EVENT_CHAT_MESSAGE, new Payloads.ChatMessage(
                    chat.username(), chat.message(), chat.channel().key(), seconds(chat.sentAt())));
        }
        if (event instanceof SkillsEvent skills) {
            return Envelope.event(MessageType.EVENT_SKILLS, new Payloads.Skills(
                    skills.skills().stream().map(EventTranslator::skill).toList()));
        }
        if (event instanceof SessionReplacedEvent replaced) {
            return toEnvelope(ChatMessageEvent.system(replaced.message(), replaced.at()));
        }
        if (event instanceof AccountBannedEvent banned) {
            return toEnvelope(ChatMessageEvent.system(banned.message(), banned.at()));
        }
        if (event instanceof GameUpdateEvent update) {
            return Envelope.event(MessageType.EVENT_GAME_UPDATE, GameUpdateTranslator.payload(update));
        }
        if (event instanceof ServerShutdownEvent shutdown) {
            return Envelope.event(MessageType.EVENT_SERVER_SHUTDOWN, new Payloads.ServerShutdown(shutdown.message()));
        }
        if (event instanceof InventoryEvent inventory) {
            return Envelope.event(MessageType.EVENT_INVENTORY_UPDATE,
                    new Payloads.Inventory(ItemWire.slots(inventory.slots(), false)));
        }
        if (event instanceof EquipmentEvent equipment) {
            return Envelope.event(MessageType.EVENT_EQUIPMENT_UPDATE,
                    new Payloads.Equipment(ItemWire.equipmentChanges(equipment.slots())));
        }
        if (event instanceof GroundItemsEvent ground) {
            return Envelope.event(MessageType.EVENT_GROUND_ITEMS_UPDATE, new Payloads.GroundItemsUpdate(
                    ground.added().stream().map(item -> ItemWire.ground(item, ground.at())).toList(),
                    ground.removed().stream().map(ItemWire::groundId).toList()));
        }
        if (event instanceof PlayerDiedEvent died) {
            return Envelope.event(MessageType.EVENT_PLAYER_DIED, new Payloads.PlayerDied(died.playerId(),
                    died.username(), new Payloads.Place(died.at().x(), died.at().y(), died.at().mapId()),
                    new Payloads.Killer(died.killerKey(), died.killerName(), died.killerKind())));
        }
        if (event instanceof PlayerRespawnedEvent back) {
            return Envelope.event(MessageType.EVENT_PLAYER_RESPAWNED, new Payloads.PlayerRespawned(back.playerId(),
                    back.username(), new Payloads.Place(back.at().x(), back.at().y(), back.at().mapId()),
                    back.currentHp(), back.maxHp()));
        }
        throw new IllegalArgumentException("no wire form for " + event.getClass().getName());
    }

    static Payloads.SkillEntry skill(SkillView s) {
        return new Payloads.SkillEntry(s.skillId(), s.name(), s.currentLevel(), s.currentXp(), s.targetXp());
    }

    /**
     * Protocol timestamps are seconds since the epoch with millisecond precision, always a float64
     * in MessagePack (even on a whole second) and a plain decimal in JSON (see WireMappers).
     */
    static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}

package dev.realmforge.engine.rpg.combat;

import dev.realmforge.engine.rpg.item.EquipmentSlot;
import dev.realmforge.engine.rpg.item.ItemDefinition;
import dev.realmforge.engine.rpg.item.ItemStats;
import dev.realmforge.engine.rpg.session.OnlinePlayer;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.npc.Npc;

/** A player or an NPC as combat sees it: where it is, its levels, bonuses, speed and hit points. */
public sealed interface Fighter {

    /** Attack speed of a player without a weapon, in combat ticks. */
    int UNARMED_SPEED_TICKS = 4;

    String key();

    String name();

    String mapId();

    int x();

    int y();

    int currentHp();

    int maxHp();

    int attackLevel();

    int strengthLevel();

    int defenseLevel();

    ItemStats bonuses();

    int attackSpeedTicks();

    boolean alive();

    /** Takes damage and returns the hit points left. */
    int damage(int amount);

    /** The larger of the two axis distances: 1 means adjacent, diagonals included. */
    default int distanceTo(Fighter other) {
        return Math.max(Math.abs(x() - other.x()), Math.abs(y() - other.y()));
    }

    /** An online player, with its worn items' bonuses and its weapon's speed. */
    record Player(OnlinePlayer player) implements Fighter {
        public String key() {
            return player.entityKey();
        }

        public String name() {
            return player.username();
        }

        public String mapId() {
            return player.position().mapId();
        }

        public int x() {
            return player.position().x();
        }

        public int y() {
            return player.position().y();
        }

        public int currentHp() {
            return player.currentHp();
        }

        public int maxHp() {
            return player.maxHp();
        }

        public int attackLevel() {
            return player.experience().level(Skill.ATTACK);
        }

        public int strengthLevel() {
            return player.experience().level(Skill.STRENGTH);
        }

        public int defenseLevel() {
            return player.experience().level(Skill.DEFENSE);
        }

        public ItemStats bonuses() {
            ItemStats total = ItemStats.NONE;
            for (ItemDefinition item : player.worn().values()) {
                total = total.plus(item.stats());
            }
            return total;
        }

        public int attackSpeedTicks() {
            ItemDefinition weapon = player.worn().get(EquipmentSlot.WEAPON);
            return weapon == null ? UNARMED_SPEED_TICKS : weapon.attackSpeedTicks();
        }

        public boolean alive() {
            return player.currentHp() > 0;
        }

        public int damage(int amount) {
            return player.damage(amount);
        }
    }

    /** An NPC, with the levels and speed of its kind and no equipment. */
    record Monster(Npc npc) implements Fighter {
        public String key() {
            return npc.key();
        }

        public String name() {
            return npc.definition().name();
        }

        public String mapId() {
            return npc.mapId();
        }

        public int x() {
            return npc.x();
        }

        public int y() {
            return npc.y();
        }

        public int currentHp() {
            return npc.currentHp();
        }

        public int maxHp() {
            return npc.definition().maxHp();
        }

        public int attackLevel() {
            return npc.definition().attack();
        }

        public int strengthLevel() {
            return npc.definition().strength();
        }

        public int defenseLevel() {
            return npc.definition().defense();
        }

        public ItemStats bonuses() {
            return ItemStats.NONE;
        }

        public int attackSpeedTicks() {
            return npc.definition().attackSpeedTicks();
        }

        public boolean alive() {
            return !npc.isDead() && npc.currentHp() > 0;
        }

        public int damage(int amount) {
            return npc.damage(amount);
        }
    }
}

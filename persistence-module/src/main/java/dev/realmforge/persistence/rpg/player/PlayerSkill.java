package dev.realmforge.persistence.rpg.player;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Experience in one skill. Levels are derived from experience by the engine, never stored. */
@Entity
@Table(name = "player_skill")
@NamedQuery(name = PlayerSkill.FIND_BY_PLAYER,
        query = "SELECT s FROM PlayerSkill s WHERE s.key.playerId = :playerId")
@NamedQuery(name = PlayerSkill.FIND_BY_PLAYERS,
        query = "SELECT s FROM PlayerSkill s WHERE s.key.playerId IN :playerIds")
public class PlayerSkill {

    public static final String FIND_BY_PLAYER = "PlayerSkill.findByPlayer";
    public static final String FIND_BY_PLAYERS = "PlayerSkill.findByPlayers";

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int xp;

    protected PlayerSkill() {
        // for JPA
    }

    public PlayerSkill(long playerId, String skill, int xp) {
        this.key = new Key(playerId, skill);
        addXp(xp);
    }

    public long getPlayerId() {
        return key.playerId;
    }

    public String getSkill() {
        return key.skill;
    }

    public int getXp() {
        return xp;
    }

    public final void addXp(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("experience only grows: " + amount);
        }
        this.xp = Math.addExact(this.xp, amount);
    }

    /** Composite key: one row per player and skill. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "player_id", nullable = false)
        private long playerId;

        @Column(nullable = false, length = 16)
        private String skill;

        protected Key() {
            // for JPA
        }

        public Key(long playerId, String skill) {
            this.playerId = playerId;
            this.skill = Objects.requireNonNull(skill);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.playerId == playerId && k.skill.equals(skill);
        }

        @Override
        public int hashCode() {
            return Objects.hash(playerId, skill);
        }
    }
}

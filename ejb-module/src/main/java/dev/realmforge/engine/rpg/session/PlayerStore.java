package dev.realmforge.engine.rpg.session;

import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.skill.SkillView;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import dev.realmforge.persistence.rpg.player.PlayerSkill;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads and saves the durable side of players. Each call is one transaction. */
@Stateless
public class PlayerStore {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    public Optional<PlayerRecord> findByAccount(long accountId) {
        return em.createNamedQuery(PlayerRecord.FIND_BY_ACCOUNT, PlayerRecord.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    /** All nine skills in id order; a skill without a row counts as its starting experience. */
    public List<SkillView> skills(long playerId) {
        Map<String, Integer> xpBySkill = em.createNamedQuery(PlayerSkill.FIND_BY_PLAYER, PlayerSkill.class)
                .setParameter("playerId", playerId)
                .getResultStream()
                .collect(Collectors.toMap(PlayerSkill::getSkill, PlayerSkill::getXp));
        return java.util.Arrays.stream(Skill.values())
                .sorted(Comparator.comparingInt(Skill::id))
                .map(skill -> SkillView.of(skill, xpBySkill.getOrDefault(skill.name(), skill.startingXp())))
                .toList();
    }

    /** Writes the hot state of each player back; players without a record are skipped. */
    public void save(List<OnlinePlayer> players) {
        Map<Long, OnlinePlayer> byId = players.stream()
                .collect(Collectors.toMap(OnlinePlayer::playerId, Function.identity(), (a, b) -> b));
        for (OnlinePlayer player : byId.values()) {
            PlayerRecord record = em.find(PlayerRecord.class, player.playerId());
            if (record == null) {
                continue;
            }
            Position p = player.position();
            record.moveTo(p.mapId(), p.x(), p.y(), p.facing());
            record.setCurrentHp(player.currentHp());
            saveExperience(player);
        }
    }

    /** Experience only grows, so a row is raised to the hot value and never lowered. */
    private void saveExperience(OnlinePlayer player) {
        for (Skill skill : Skill.values()) {
            int hot = player.experience().xp(skill);
            PlayerSkill row = em.find(PlayerSkill.class, new PlayerSkill.Key(player.playerId(), skill.name()));
            if (row == null) {
                em.persist(new PlayerSkill(player.playerId(), skill.name(), hot));
            } else if (hot > row.getXp()) {
                row.addXp(hot - row.getXp());
            }
        }
    }
}

package dev.realmforge.engine.rpg.session;

import dev.realmforge.engine.rpg.map.Position;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.engine.rpg.skill.SkillView;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import dev.realmforge.persistence.rpg.player.PlayerSkill;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
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

    /** Players read and written per query when saving: well under every database's parameter limit. */
    static final int SAVE_BATCH = 500;

    /**
     * Writes the hot state of each player back; players without a record are skipped. Two queries
     * per {@value #SAVE_BATCH} players read the rows, instead of ten look-ups per player.
     */
    public void save(List<OnlinePlayer> players) {
        Map<Long, OnlinePlayer> byId = players.stream()
                .collect(Collectors.toMap(OnlinePlayer::playerId, Function.identity(), (a, b) -> b));
        List<Long> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += SAVE_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + SAVE_BATCH));
            Map<PlayerSkill.Key, PlayerSkill> skills = em.createNamedQuery(PlayerSkill.FIND_BY_PLAYERS, PlayerSkill.class)
                    .setParameter("playerIds", batch)
                    .getResultStream()
                    .collect(Collectors.toMap(s -> new PlayerSkill.Key(s.getPlayerId(), s.getSkill()), Function.identity()));
            for (PlayerRecord record : em.createNamedQuery(PlayerRecord.FIND_BY_IDS, PlayerRecord.class)
                    .setParameter("ids", batch).getResultList()) {
                OnlinePlayer player = byId.get(record.getId());
                Position p = player.position();
                record.moveTo(p.mapId(), p.x(), p.y(), p.facing());
                record.setCurrentHp(player.currentHp());
                saveExperience(player, skills);
            }
        }
    }

    /** Experience only grows, so a row is raised to the hot value and never lowered. */
    private void saveExperience(OnlinePlayer player, Map<PlayerSkill.Key, PlayerSkill> rows) {
        for (Skill skill : Skill.values()) {
            int hot = player.experience().xp(skill);
            PlayerSkill row = rows.get(new PlayerSkill.Key(player.playerId(), skill.name()));
            if (row == null) {
                em.persist(new PlayerSkill(player.playerId(), skill.name(), hot));
            } else if (hot > row.getXp()) {
                row.addXp(hot - row.getXp());
            }
        }
    }
}

package dev.realmforge.engine.rpg.world;

import dev.realmforge.engine.rpg.item.ItemTransactions;
import dev.realmforge.engine.rpg.skill.Skill;
import dev.realmforge.persistence.account.Account;
import dev.realmforge.persistence.rpg.player.PlayerRecord;
import dev.realmforge.persistence.rpg.player.PlayerSkill;
import dev.realmforge.engine.rpg.session.PlayerStore;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the rpg player of an account the first time the account needs one (entering the world,
 * or a staff tool acting on it): at the configured start position, every skill at its starting
 * level, with the starter kit. Accounts are shared by every profile, so an account made through
 * another profile, or before it ever played rpg, has no player until then.
 */
@Stateless
public class NewPlayers {

    @PersistenceContext(unitName = "realmforge")
    EntityManager em;

    @Inject
    ItemTransactions items;

    @Inject
    PlayerStore store;

    @Resource
    SessionContext self;

    @Inject
    @ConfigProperty(name = "realmforge.world.start-map", defaultValue = "samplemap")
    String startMap;

    @Inject
    @ConfigProperty(name = "realmforge.world.start-x", defaultValue = "10")
    int startX;

    @Inject
    @ConfigProperty(name = "realmforge.world.start-y", defaultValue = "10")
    int startY;

    /**
     * The account's rpg player, made first if the account never had one. When two first uses race,
     * one creation fails on the one-player-per-account constraint and both read the same row.
     */
    public PlayerRecord findOrCreate(long accountId) {
        Optional<PlayerRecord> found = store.findByAccount(accountId);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            self.getBusinessObject(NewPlayers.class).create(accountId);
        } catch (RuntimeException lostTheRace) {
            return store.findByAccount(accountId).orElseThrow(() -> lostTheRace);
        }
        return store.findByAccount(accountId).orElseThrow(
                () -> new IllegalStateException("the player of account " + accountId + " was created but cannot be read"));
    }

    /**
     * Creates the player in a transaction of its own, so that two first entries racing each other
     * cannot sink the caller's transaction: the loser's insert breaks the one-player-per-account
     * constraint, and the caller reads the winner's row instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        PlayerRecord player = new PlayerRecord(account, startMap, startX, startY, "south",
                Skill.HITPOINTS.startingLevel());
        em.persist(player);
        em.flush();
        for (Skill skill : Skill.values()) {
            em.persist(new PlayerSkill(player.getId(), skill.name(), skill.startingXp()));
        }
        items.starterKit(player.getId());
    }
}

package dev.realmforge.persistence.rpg.player;

import dev.realmforge.persistence.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The saved state of an account's rpg player. While the player is online the engine's hot state is
 * authoritative; this record is written back on disconnect and at shutdown.
 */
@Entity
@Table(name = "player")
@NamedQuery(name = PlayerRecord.FIND_BY_ACCOUNT,
        query = "SELECT p FROM PlayerRecord p WHERE p.account.id = :accountId")
@NamedQuery(name = PlayerRecord.FIND_BY_IDS,
        query = "SELECT p FROM PlayerRecord p WHERE p.id IN :ids")
public class PlayerRecord {

    public static final String FIND_BY_ACCOUNT = "PlayerRecord.findByAccount";
    public static final String FIND_BY_IDS = "PlayerRecord.findByIds";

    @Id
    @SequenceGenerator(name = "player_seq", sequenceName = "player_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "player_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private Account account;

    @Column(name = "map_id", nullable = false, length = 64)
    private String mapId;

    @Column(name = "tile_x", nullable = false)
    private int tileX;

    @Column(name = "tile_y", nullable = false)
    private int tileY;

    @Column(nullable = false, length = 8)
    private String facing;

    @Column(name = "current_hp", nullable = false)
    private int currentHp;

    @Version
    private long version;

    protected PlayerRecord() {
        // for JPA
    }

    public PlayerRecord(Account account, String mapId, int tileX, int tileY, String facing, int currentHp) {
        this.account = Objects.requireNonNull(account);
        moveTo(mapId, tileX, tileY, facing);
        this.currentHp = currentHp;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getMapId() {
        return mapId;
    }

    public int getTileX() {
        return tileX;
    }

    public int getTileY() {
        return tileY;
    }

    public String getFacing() {
        return facing;
    }

    public int getCurrentHp() {
        return currentHp;
    }

    /** Records where the player stands; the engine has already validated the position. */
    public final void moveTo(String newMapId, int x, int y, String newFacing) {
        this.mapId = Objects.requireNonNull(newMapId);
        this.tileX = x;
        this.tileY = y;
        this.facing = Objects.requireNonNull(newFacing);
    }

    public void setCurrentHp(int hp) {
        if (hp < 0) {
            throw new IllegalArgumentException("hit points cannot be negative: " + hp);
        }
        this.currentHp = hp;
    }
}

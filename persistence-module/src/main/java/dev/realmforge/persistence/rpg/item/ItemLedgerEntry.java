package dev.realmforge.persistence.rpg.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One creation (positive delta) or destruction (negative delta) of items, written in the same
 * transaction as the change itself. Moving items between places writes nothing here.
 */
@Entity
@Table(name = "item_ledger")
@NamedQuery(name = ItemLedgerEntry.BALANCE_BY_ITEM,
        query = "SELECT e.itemId, SUM(CASE WHEN e.delta > 0 THEN e.delta ELSE 0 END), "
                + "SUM(CASE WHEN e.delta < 0 THEN -e.delta ELSE 0 END) FROM ItemLedgerEntry e GROUP BY e.itemId")
public class ItemLedgerEntry {

    public static final String BALANCE_BY_ITEM = "ItemLedgerEntry.balanceByItem";

    @Id
    @SequenceGenerator(name = "item_ledger_seq", sequenceName = "item_ledger_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_ledger_seq")
    private Long id;

    @Column(name = "item_id", nullable = false)
    private int itemId;

    @Column(nullable = false)
    private long delta;

    @Column(nullable = false, length = 32)
    private String reason;

    @Column(name = "player_id")
    private Long playerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ItemLedgerEntry() {
        // for JPA
    }

    public ItemLedgerEntry(int itemId, long delta, String reason, Long playerId, Instant createdAt) {
        if (delta == 0) {
            throw new IllegalArgumentException("a ledger entry changes something");
        }
        this.itemId = itemId;
        this.delta = delta;
        this.reason = reason;
        this.playerId = playerId;
        this.createdAt = createdAt;
    }

    public int getItemId() {
        return itemId;
    }

    public long getDelta() {
        return delta;
    }

    public String getReason() {
        return reason;
    }
}

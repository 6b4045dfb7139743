package io.pitstop.parts.service;

import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Paging;
import io.pitstop.common.Sequential;
import io.pitstop.common.Texts;
import io.pitstop.identity.Caller;
import io.pitstop.parts.PartUnit;
import io.pitstop.parts.MovementKind;
import io.pitstop.parts.PartRef;
import io.pitstop.parts.StockCountLineRequest;
import io.pitstop.parts.StockCountLineView;
import io.pitstop.parts.StockCountRequest;
import io.pitstop.parts.StockCountView;
import io.pitstop.parts.persistence.Sql;
import io.pitstop.parts.persistence.StockCount;
import io.pitstop.parts.persistence.StockCountRepository;
import io.pitstop.parts.persistence.StockLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.utc;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * Stock counts (盘点): each counted part is compared with the ledger's on-hand at that moment (its balance locked);
 * a difference is booked as a COUNTED movement with its reason. A count can never leave less on the shelf than
 * orders hold (409 naming the part).
 */
@ApplicationScoped
public class StockCounts {

    private final StockCountRepository counts;
    private final StockLedger ledger;
    private final Supplies supplies;
    private final Clock clock;

    public StockCounts(StockCountRepository counts, StockLedger ledger, Supplies supplies, Clock clock) {
        this.counts = counts;
        this.ledger = ledger;
        this.supplies = supplies;
        this.clock = clock;
    }

    public Uni<StockCountView> count(Caller caller, StockCountRequest req) {
        Instant now = clock.instant();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < req.lines().size(); i++) {
            if (!seen.add(req.lines().get(i).partId())) {
                throw new InvalidInputException("lines[" + i + "].partId", Detail.of("problem.parts.part-twice"));
            }
        }
        StockCount c = new StockCount();
        c.id = UUID.randomUUID();
        c.countedAt = now;
        c.countedBy = caller.accountId();
        c.note = Texts.optional(req.note());
        return Panache.withTransaction(() -> supplies.parts(seen).chain(parts -> counts.persist(c).chain(() -> {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < req.lines().size(); i++) {
                positions.add(i);
            }
            return Sequential.each(positions, i -> line(c, i, req.lines().get(i), parts, now));
        })).chain(() -> view(c.id)));
    }

    private Uni<Void> line(StockCount c, int i, StockCountLineRequest r, Map<UUID, PartRef> parts, Instant now) {
        PartRef part = parts.get(r.partId());
        if (part == null) {
            throw new InvalidInputException("lines[" + i + "].partId", Detail.of("problem.parts.part-unknown"));
        }
        return ledger.lockBalance(r.partId()).chain(b -> {
            BigDecimal difference = r.counted().subtract(b.onHand());
            String reason = Texts.optional(r.reason());
            if (difference.signum() != 0 && reason == null) {
                throw new InvalidInputException("lines[" + i + "].reason", Detail.of("problem.parts.count-reason-required",
                        Map.of("difference", difference.toPlainString())));
            }
            if (r.counted().compareTo(b.reserved()) < 0) {
                throw new ConflictException("count-below-reserved", Detail.of("problem.parts.count-below-reserved",
                        Map.of("partNumber", part.partNumber(), "reserved", b.reserved().toPlainString())));
            }
            Uni<Void> stored = Sql.update("""
                    insert into stock_count_line (count_id, part_id, expected, counted, difference, reason)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as varchar))
                    """, c.id, r.partId(), b.onHand(), r.counted(), difference, reason).replaceWithVoid();
            return difference.signum() == 0 ? stored : stored.chain(() -> ledger.record(r.partId(), MovementKind.COUNTED,
                    difference, BigDecimal.ZERO, new StockLedger.Refs(null, null, null, null, c.id, null, reason, c.countedBy), now));
        });
    }

    public Uni<StockCountView> get(UUID id) {
        return Panache.withSession(() -> view(id)).map(v -> {
            if (v == null) {
                throw new NotFoundException("stock-count", id);
            }
            return v;
        });
    }

    public Uni<List<StockCountView>> list(Paging.Page page) {
        return Panache.withSession(() -> Sql.rows("select id from stock_count order by counted_at desc, id offset ?1 limit ?2",
                page.offset(), page.limit()).chain(rows -> Sequential.map(rows, r -> view(uuid(r[0])))));
    }

    private Uni<StockCountView> view(UUID id) {
        return counts.findById(id).chain(c -> c == null ? Uni.createFrom().nullItem() : Sql.rows("""
                select l.part_id, p.part_number, p.name_zh, p.name_en, l.expected, l.counted, l.difference, l.reason, p.unit
                from stock_count_line l join part p on p.id = l.part_id where l.count_id = ?1 order by p.part_number, p.id
                """, id).map(rows -> new StockCountView(c.id, utc(c.countedAt), c.countedBy, c.note, rows.stream()
                .map(r -> new StockCountLineView(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], PartUnit.valueOf((String) r[8]), dec(r[4]), dec(r[5]),
                        dec(r[6]), (String) r[7])).toList())));
    }
}

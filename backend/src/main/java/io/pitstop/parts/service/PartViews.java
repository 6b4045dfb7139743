package io.pitstop.parts.service;

import io.pitstop.common.Paging;
import io.pitstop.parts.PartOrigin;
import io.pitstop.parts.PartSupplierView;
import io.pitstop.parts.PartUnit;
import io.pitstop.parts.PartView;
import io.pitstop.parts.StockView;
import io.pitstop.parts.persistence.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pitstop.parts.persistence.Sql.dec;
import static io.pitstop.parts.persistence.Sql.integer;
import static io.pitstop.parts.persistence.Sql.uuid;

/**
 * Catalogue entries as clients see them, with the stock the ledger adds up to (balance), what is still to come on
 * sent purchase orders, and what waiting lines need. Below minimum: available + on order - short < minimum.
 */
@ApplicationScoped
public class PartViews {

    /** The stock figures of one part, as the views and the suggestions use them. */
    static final String FIGURES = """
            select p.id, p.part_number, p.name_zh, p.name_en, p.brand, p.origin, p.unit, p.list_price, p.min_stock,
                   p.warranty_months, p.warranty_km, p.location, p.active, b.on_hand, b.reserved,
                   coalesce((select sum(l.quantity - l.received) from purchase_order_line l
                             join purchase_order po on po.id = l.purchase_order_id
                             where l.part_id = p.id and po.status in ('SENT', 'PARTLY_RECEIVED')), 0) as on_order,
                   coalesce((select sum(d.quantity) from part_demand d where d.part_id = p.id and d.state = 'SHORT'), 0) as short
            from part p join stock_balance b on b.part_id = p.id
            """;

    public Uni<PartView> one(UUID id) {
        return Sql.rows(FIGURES + " where p.id = ?1", id).chain(rows -> rows.isEmpty()
                ? Uni.createFrom().nullItem() : views(rows).map(v -> v.get(0)));
    }

    /** Parts matching the text (number, names, brand), optionally only those below minimum; by part number. */
    public Uni<List<PartView>> search(String q, Boolean belowMinimum, Paging.Page page) {
        String like = q == null || q.isBlank() ? null
                : "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Sql.rows("select * from (" + FIGURES + """
                 where (cast(?1 as varchar) is null or lower(p.part_number) like ?1 or lower(p.name_zh) like ?1
                        or lower(coalesce(p.name_en, '')) like ?1 or lower(p.brand) like ?1)) f
                where (cast(?2 as boolean) is null
                       or ((f.on_hand - f.reserved + f.on_order - f.short < f.min_stock) = cast(?2 as boolean)))
                order by f.part_number, f.id offset ?3 limit ?4
                """, like, belowMinimum, page.offset(), page.limit()).chain(this::views);
    }

    private Uni<List<PartView>> views(List<Object[]> rows) {
        List<UUID> ids = rows.stream().map(r -> uuid(r[0])).toList();
        return suppliers(ids).map(suppliers -> {
            List<PartView> out = new ArrayList<>();
            for (Object[] r : rows) {
                BigDecimal onHand = dec(r[13]);
                BigDecimal reserved = dec(r[14]);
                BigDecimal onOrder = dec(r[15]);
                BigDecimal shortage = dec(r[16]);
                BigDecimal available = onHand.subtract(reserved);
                BigDecimal minStock = dec(r[8]);
                boolean below = available.add(onOrder).subtract(shortage).compareTo(minStock) < 0;
                UUID id = uuid(r[0]);
                out.add(new PartView(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        PartOrigin.valueOf((String) r[5]), PartUnit.valueOf((String) r[6]), dec(r[7]), minStock,
                        integer(r[9]), integer(r[10]), (String) r[11], (Boolean) r[12],
                        new StockView(onHand, reserved, available, onOrder, shortage), below,
                        suppliers.getOrDefault(id, List.of())));
            }
            return out;
        });
    }

    /** The approved suppliers of each part: the preferred one first, then by lead time. */
    public Uni<Map<UUID, List<PartSupplierView>>> suppliers(List<UUID> partIds) {
        if (partIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.rows("""
                select ps.part_id, s.id, s.name, s.name_en, ps.lead_time_days, ps.purchase_price, ps.preferred
                from part_supplier ps join supplier s on s.id = ps.supplier_id
                where ps.part_id in (?1) order by ps.part_id, ps.preferred desc, ps.lead_time_days, s.name, s.id
                """, partIds).map(rows -> {
            Map<UUID, List<PartSupplierView>> out = new HashMap<>();
            for (Object[] r : rows) {
                out.computeIfAbsent(uuid(r[0]), k -> new ArrayList<>()).add(new PartSupplierView(uuid(r[1]), (String) r[2],
                        (String) r[3], integer(r[4]), dec(r[5]), (Boolean) r[6]));
            }
            return out;
        });
    }
}

package io.pitstop.kpi;

import static io.pitstop.kpi.IndicatorSql.FROM;
import static io.pitstop.kpi.IndicatorSql.TO;

/**
 * What the parts specialist's indicators count, in SQL over the parts ledger (stock counts, purchase orders and their
 * receipts, stock movements), with the columns of {@link IndicatorSql#COLUMNS}. An item opens its part (PART) or its
 * purchase order (PURCHASE_ORDER) and is attributed to the parts specialist who acted: who counted, who wrote the
 * purchase order, who scrapped or issued.
 */
final class StockSql {

    private StockSql() {
    }

    private static final String NOBODY = "null::uuid as advisor_id, null::uuid as technician_id, null::uuid as agent_id";

    /** One item per count line: 1 when the count found what the ledger said; the measure is the difference. */
    static final String STOCK_ACCURACY = """
            select 'PART' as kind, p.id, p.part_number as reference, sc.counted_at as at, %1$s, sc.counted_by as parts_id,
                   case when l.difference = 0 then 1 else 0 end::numeric as num, 1::numeric as den,
                   l.difference::numeric as measure, case when l.difference <> 0 then left(l.reason, 80) end as detail
            from stock_count sc join stock_count_line l on l.count_id = sc.id join part p on p.id = l.part_id
            where sc.counted_at >= %2$s and sc.counted_at < %3$s
            """.formatted(NOBODY, FROM, TO);

    /**
     * One item per purchase-order line closed in the period: fully received (at the receipt whose passed units made
     * up the ordered quantity) or left short when its order closed (cancelled after it was sent). On time when fully
     * received by the order's expected time; the measure is the hours late (negative: early).
     */
    static final String SUPPLY_ON_TIME = """
            with l as materialized (
              select po.id as po_id, po.number, po.expected_at, po.created_by, po.status, po.closed_at,
                     (select min(x.received_at) from (
                        select r.received_at, sum(rl.passed) over (order by r.received_at, r.id) as passed
                        from receipt_line rl join receipt r on r.id = rl.receipt_id
                        where rl.po_line_id = pl.id) x
                      where x.passed >= pl.quantity) as done_at
              from purchase_order po join purchase_order_line pl on pl.purchase_order_id = po.id
              where po.sent_at is not null and po.sent_at < %2$s and (po.closed_at is null or po.closed_at >= %1$s)),
            c as (select l.*, coalesce(l.done_at, case when l.status in ('RECEIVED', 'CANCELLED') then l.closed_at end) as at
                  from l)
            select 'PURCHASE_ORDER' as kind, c.po_id as id, c.number as reference, c.at, %3$s, c.created_by as parts_id,
                   case when c.done_at <= c.expected_at then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from c.at - c.expected_at) / 3600.0)::numeric, 1) as measure,
                   case when c.done_at is null then 'NOT_RECEIVED' when c.done_at <= c.expected_at then 'ON_TIME' else 'LATE' end
                     as detail
            from c
            where c.at >= %1$s and c.at < %2$s
            """.formatted(FROM, TO, NOBODY);

    /**
     * One item per receipt line with passed units: their cost on the purchase order over their cost at the supplier's
     * agreed price for the part (lines of a part the supplier no longer has an agreed price for are left out). The
     * measure is the line's unit cost as a percentage of the agreed price.
     */
    static final String PURCHASE_COST = """
            select 'PURCHASE_ORDER' as kind, po.id, po.number as reference, r.received_at as at, %1$s, po.created_by as parts_id,
                   (rl.passed * pl.unit_cost)::numeric as num, (rl.passed * ps.purchase_price)::numeric as den,
                   round(100 * pl.unit_cost / nullif(ps.purchase_price, 0), 1) as measure, p.part_number as detail
            from receipt r join receipt_line rl on rl.receipt_id = r.id
              join purchase_order_line pl on pl.id = rl.po_line_id
              join purchase_order po on po.id = r.purchase_order_id
              join part_supplier ps on ps.part_id = pl.part_id and ps.supplier_id = po.supplier_id
              join part p on p.id = pl.part_id
            where r.received_at >= %2$s and r.received_at < %3$s and rl.passed > 0
            """.formatted(NOBODY, FROM, TO);

    /**
     * Losses (SCRAPPED, and COUNTED with a negative difference) add their value to the numerator, issues to orders
     * (ISSUED) theirs to the denominator; each movement valued at its own unit cost, else the part's last received unit
     * cost before it, else its preferred (else cheapest) supplier's agreed price. The measure is the units.
     */
    static final String LOSS_RATE = """
            with m as materialized (
              select m.id, m.part_id, m.at, m.kind, -m.on_hand_delta as units, m.unit_cost, m.actor_id
              from stock_movement m
              where m.at >= %2$s and m.at < %3$s
                and (m.kind in ('SCRAPPED', 'ISSUED') or (m.kind = 'COUNTED' and m.on_hand_delta < 0))),
            c as (
              select m.*, coalesce(m.unit_cost,
                       (select r.unit_cost from stock_movement r
                        where r.part_id = m.part_id and r.kind = 'RECEIVED' and r.unit_cost is not null and r.at <= m.at
                        order by r.at desc, r.id desc limit 1),
                       (select ps.purchase_price from part_supplier ps where ps.part_id = m.part_id
                        order by ps.preferred desc, ps.purchase_price limit 1), 0) as cost
              from m)
            select 'PART' as kind, p.id, p.part_number as reference, c.at, %1$s, c.actor_id as parts_id,
                   case when c.kind = 'ISSUED' then 0 else c.units * c.cost end::numeric as num,
                   case when c.kind = 'ISSUED' then c.units * c.cost else 0 end::numeric as den,
                   c.units::numeric as measure, c.kind as detail
            from c join part p on p.id = c.part_id
            """.formatted(NOBODY, FROM, TO);
}

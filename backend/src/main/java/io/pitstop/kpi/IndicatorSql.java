package io.pitstop.kpi;

import java.time.Duration;

/**
 * What each indicator counts, in SQL over the recorded history (bookings and their events, orders and their
 * events, delays, estimate items and settlements, ratings, follow-up calls, complaints). Never a counter kept on the
 * side: every figure can be recounted, and the drill-down lists exactly the rows the figure adds up.
 * <p>
 * Each query yields one row per item, with the columns {@link #COLUMNS}: what to open ({@code kind} BOOKING, ORDER or
 * COMPLAINT; PART or PURCHASE_ORDER for the parts specialist's), its {@code id} and {@code reference}), when it counts
 * ({@code at}), whom it is attributed to (advisor, technician, agent, parts specialist), its contribution to the numerator and the denominator, an optional measure (minutes, score) and
 * a short detail. Parameters: $1 from and $2 to (the period, [from, to)), $3 now (an item whose time limit is still
 * running is not counted yet), $4 and $5 the limits in seconds.
 */
final class IndicatorSql {

    static final String COLUMNS = "kind, id, reference, at, advisor_id, technician_id, agent_id, parts_id, num, den, measure, detail";

    /** Staff roles, as recorded on events: the actors whose action is a response. */
    private static final String STAFF = "('ADVISOR', 'TECHNICIAN', 'TEAM_LEAD', 'INSPECTOR', 'CUSTOMER_SERVICE', 'MANAGER')";
    private static final String SECONDS4 = "($4::bigint * interval '1 second')";
    private static final String SECONDS5 = "($5::bigint * interval '1 second')";
    static final String FROM = "$1::timestamptz";
    static final String TO = "$2::timestamptz";
    private static final String NOW = "$3::timestamptz";

    /** The query and the two limits it is given ($4, $5). */
    record Query(String sql, Duration first, Duration second) {
    }

    private IndicatorSql() {
    }

    static Query of(Indicator indicator, KpiRules rules) {
        return switch (indicator) {
            case STOCK_ACCURACY -> new Query(StockSql.STOCK_ACCURACY, Duration.ZERO, Duration.ZERO);
            case SUPPLY_ON_TIME -> new Query(StockSql.SUPPLY_ON_TIME, Duration.ZERO, Duration.ZERO);
            case PURCHASE_COST -> new Query(StockSql.PURCHASE_COST, Duration.ZERO, Duration.ZERO);
            case LOSS_RATE -> new Query(StockSql.LOSS_RATE, Duration.ZERO, Duration.ZERO);
            default -> service(indicator, rules);
        };
    }

    /**
     * The indicators of the service journey, whose items have no parts specialist: their queries are given the column
     * (always empty) here rather than in each of them.
     */
    private static Query service(Indicator indicator, KpiRules rules) {
        Query q = serviceQuery(indicator, rules);
        return new Query("select s.kind, s.id, s.reference, s.at, s.advisor_id, s.technician_id, s.agent_id, null::uuid as parts_id, "
                + "s.num, s.den, s.measure, s.detail from (\n" + q.sql() + ") s", q.first(), q.second());
    }

    private static Query serviceQuery(Indicator indicator, KpiRules rules) {
        return switch (indicator) {
            case BOOKING_CONFIRMED_IN_TIME -> new Query(CONFIRMATION, rules.confirmWithin(), Duration.ZERO);
            case EMERGENCY_RESPONSE_IN_TIME -> new Query(response(true), rules.emergencyResponseWithin(), Duration.ZERO);
            case NORMAL_RESPONSE_IN_TIME -> new Query(response(false), rules.normalResponseWithin(), Duration.ZERO);
            case SERVICE_COMPLETION -> new Query(COMPLETION, Duration.ZERO, Duration.ZERO);
            case KEY_ITEMS_COMPLETED -> new Query(KEY_ITEMS, Duration.ZERO, Duration.ZERO);
            case ON_TIME_FIRST_PROMISE -> new Query(onTime(true), Duration.ZERO, Duration.ZERO);
            case ON_TIME_LAST_PROMISE -> new Query(onTime(false), Duration.ZERO, Duration.ZERO);
            case DELAYS_PER_100_ORDERS -> new Query(DELAYS_PER_ORDER, Duration.ZERO, Duration.ZERO);
            case DELAY_ANNOUNCED_IN_TIME -> new Query(DELAY_NOTICE, rules.delayNoticeBefore(), Duration.ZERO);
            case DISPATCH_IN_TIME -> new Query(DISPATCH, rules.dispatchWithin(), Duration.ZERO);
            case SAFETY_START_IN_TIME -> new Query(SAFETY_START, rules.safetyStartWithin(), Duration.ZERO);
            case HOURLY_UPDATES -> new Query(HOURLY, rules.longRepair(), rules.updateEvery());
            case QC_FIRST_PASS -> new Query(QC, Duration.ZERO, Duration.ZERO);
            case COMEBACKS -> new Query(COMEBACK, rules.comebackWithin(), Duration.ZERO);
            case SATISFACTION -> new Query(RATINGS, Duration.ZERO, Duration.ZERO);
            case DELIVERIES_RATED -> new Query(RATED, Duration.ZERO, Duration.ZERO);
            case FOLLOW_UP_REACHED -> new Query(FOLLOW_UPS, Duration.ZERO, Duration.ZERO);
            case FOLLOW_UP_PROBLEMS_SOLVED -> new Query(FOLLOW_UP_PROBLEMS, Duration.ZERO, Duration.ZERO);
            case COMPLAINTS_HANDLED -> new Query(COMPLAINTS_CLOSED, Duration.ZERO, Duration.ZERO);
            case COMPLAINTS_ANSWERED_IN_TIME -> new Query(COMPLAINTS_ANSWERED, Duration.ZERO, Duration.ZERO);
            case COMPLAINTS_RESOLVED_IN_TIME -> new Query(COMPLAINTS_RESOLVED, Duration.ZERO, Duration.ZERO);
            case COMPLAINTS_PER_100_ORDERS -> new Query(COMPLAINTS_PER_ORDER, Duration.ZERO, Duration.ZERO);
            case COMPLAINT_SATISFACTION -> new Query(COMPLAINTS_RATED, Duration.ZERO, Duration.ZERO);
            case SETTLEMENT_FIRST_TIME_RIGHT -> new Query(SETTLEMENT_FIRST_TIME, Duration.ZERO, Duration.ZERO);
            case SOLD_HOURS_PER_ORDER -> new Query(SOLD_HOURS, Duration.ZERO, Duration.ZERO);
            case TECHNICIAN_EFFICIENCY -> new Query(EFFICIENCY, Duration.ZERO, Duration.ZERO);
            case STOCK_ACCURACY, SUPPLY_ON_TIME, PURCHASE_COST, LOSS_RATE -> throw new IllegalArgumentException(indicator.name());
        };
    }

    // ------------------------------------------------------------------------------------------------- bookings

    private static final String CONFIRMATION = """
            with a as materialized (
              select a.id, a.reference, a.created_at, a.advisor_id from appointment a
              where a.created_at >= %2$s and a.created_at < %3$s),
            ev as (
              select e.appointment_id,
                     min(e.at) filter (where e.type = 'CONFIRMED') as confirmed_at,
                     min(e.at) filter (where e.type = 'CANCELLED' and (e.actor_role is null or e.actor_role not in %1$s))
                       as withdrawn_at
              from appointment_event e join a on a.id = e.appointment_id
              where e.type in ('CONFIRMED', 'CANCELLED')
              group by e.appointment_id),
            b as (select a.*, ev.confirmed_at, ev.withdrawn_at from a left join ev on ev.appointment_id = a.id)
            select 'BOOKING' as kind, b.id, b.reference, b.created_at as at, b.advisor_id, null::uuid as technician_id,
                   null::uuid as agent_id,
                   case when b.confirmed_at <= b.created_at + %4$s then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from b.confirmed_at - b.created_at) / 60.0)::numeric, 1) as measure,
                   case when b.confirmed_at is null then 'UNCONFIRMED' else 'CONFIRMED' end as detail
            from b
            where (b.confirmed_at is not null or b.created_at + %4$s <= %5$s)
              and not (b.withdrawn_at is not null and b.withdrawn_at < b.created_at + %4$s
                       and (b.confirmed_at is null or b.withdrawn_at < b.confirmed_at))
            """.formatted(STAFF, FROM, TO, SECONDS4, NOW);

    private static String response(boolean emergency) {
        return """
                with a as materialized (
                  select a.id, a.reference, a.created_at, a.advisor_id from appointment a
                  where a.created_at >= %2$s and a.created_at < %3$s and a.emergency = %6$s),
                ev as (
                  select e.appointment_id,
                         min(e.at) filter (where e.actor_role in %1$s and e.type <> 'BOOKED') as responded_at,
                         (array_agg(e.actor_id order by e.at, e.id) filter (where e.actor_role in %1$s and e.type <> 'BOOKED'))[1]
                           as actor_id,
                         min(e.at) filter (where e.type = 'CANCELLED' and (e.actor_role is null or e.actor_role not in %1$s))
                           as withdrawn_at
                  from appointment_event e join a on a.id = e.appointment_id
                  where e.type in ('CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW')
                  group by e.appointment_id),
                b as (select a.*, ev.responded_at, ev.actor_id, ev.withdrawn_at from a left join ev on ev.appointment_id = a.id)
                select 'BOOKING' as kind, b.id, b.reference, b.created_at as at,
                       coalesce(case when b.actor_id ~ '^[0-9a-f-]{36}$' then b.actor_id::uuid end, b.advisor_id) as advisor_id,
                       null::uuid as technician_id, null::uuid as agent_id,
                       case when b.responded_at <= b.created_at + %4$s then 1 else 0 end::numeric as num, 1::numeric as den,
                       round((extract(epoch from b.responded_at - b.created_at) / 60.0)::numeric, 1) as measure,
                       case when b.responded_at is null then 'NO_RESPONSE' else 'RESPONDED' end as detail
                from b
                where (b.responded_at is not null or b.created_at + %4$s <= %5$s)
                  and not (b.withdrawn_at is not null and b.withdrawn_at < b.created_at + %4$s
                           and (b.responded_at is null or b.withdrawn_at < b.responded_at))
                """.formatted(STAFF, FROM, TO, SECONDS4, NOW, emergency ? "true" : "false");
    }

    // --------------------------------------------------------------------------------------------------- orders

    private static final String COMPLETION = """
            select 'ORDER' as kind, o.id, o.reference, coalesce(o.delivered_at, o.cancelled_at) as at, o.advisor_id,
                   o.technician_id, null::uuid as agent_id,
                   case when o.status = 'DELIVERED' then 1 else 0 end::numeric as num, 1::numeric as den,
                   null::numeric as measure, o.status as detail
            from repair_order o
            where o.approved_at is not null and o.status in ('DELIVERED', 'CANCELLED')
              and coalesce(o.delivered_at, o.cancelled_at) >= %s and coalesce(o.delivered_at, o.cancelled_at) < %s
            """.formatted(FROM, TO);

    /** Each required item approved on an order delivered in the period: done when the settlement bills it. */
    private static final String KEY_ITEMS = """
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when exists (select 1 from settlement_line s where s.item_id = i.id and s.quantity > 0)
                        then 1 else 0 end::numeric as num, 1::numeric as den,
                   null::numeric as measure, i.description as detail
            from repair_order o join estimate_item i on i.order_id = o.id
            where i.necessity = 'REQUIRED' and i.decision = 'APPROVED' and o.status = 'DELIVERED'
              and o.delivered_at >= %s and o.delivered_at < %s
            """.formatted(FROM, TO);

    /** Ready by the promise: the first one (before any delay moved it) or the last one. */
    private static String onTime(boolean first) {
        return """
                with o as materialized (
                  select o.id, o.reference, o.delivered_at, o.advisor_id, o.technician_id, o.ready_at, o.promised_at
                  from repair_order o
                  where o.status = 'DELIVERED' and o.delivered_at >= %s and o.delivered_at < %s and o.ready_at is not null),
                firsts as (
                  select d.order_id, min(d.previous_promised_at) as promise
                  from repair_delay d join o on o.id = d.order_id group by d.order_id),
                p as (select o.*, %s as promise from o left join firsts f on f.order_id = o.id)
                select 'ORDER' as kind, p.id, p.reference, p.delivered_at as at, p.advisor_id, p.technician_id,
                       null::uuid as agent_id,
                       case when p.ready_at <= p.promise then 1 else 0 end::numeric as num, 1::numeric as den,
                       round((extract(epoch from p.ready_at - p.promise) / 60.0)::numeric, 1) as measure,
                       null::text as detail
                from p
                where p.promise is not null
                """.formatted(FROM, TO, first ? "coalesce(f.promise, o.promised_at)" : "o.promised_at");
    }

    private static final String DELAYS_PER_ORDER = """
            with o as materialized (
              select o.id, o.reference, o.delivered_at, o.advisor_id, o.technician_id from repair_order o
              where o.status = 'DELIVERED' and o.delivered_at >= %s and o.delivered_at < %s),
            n as (select d.order_id, count(*) as delays from repair_delay d join o on o.id = d.order_id group by d.order_id)
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   coalesce(n.delays, 0)::numeric as num, 1::numeric as den, null::numeric as measure, null::text as detail
            from o left join n on n.order_id = o.id
            """.formatted(FROM, TO);

    private static final String DELAY_NOTICE = """
            select 'ORDER' as kind, o.id, o.reference, d.declared_at as at, d.declared_by as advisor_id, o.technician_id,
                   null::uuid as agent_id,
                   case when d.declared_at <= d.previous_promised_at - %s then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from d.previous_promised_at - d.declared_at) / 60.0)::numeric, 1) as measure,
                   d.reason as detail
            from repair_delay d join repair_order o on o.id = d.order_id
            where d.declared_at >= %s and d.declared_at < %s
            """.formatted(SECONDS4, FROM, TO);

    /** Reached the workshop in time; one cancelled before its limit without being dispatched does not count. */
    private static final String DISPATCH = """
            select 'ORDER' as kind, o.id, o.reference, o.approved_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when o.dispatched_at <= coalesce(o.work_ready_at, o.approved_at) + %1$s then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from o.dispatched_at - coalesce(o.work_ready_at, o.approved_at)) / 60.0)::numeric, 1) as measure,
                   null::text as detail
            from repair_order o
            where o.approved_at >= %2$s and o.approved_at < %3$s
              and (o.dispatched_at is not null
                   or (o.status <> 'WAITING_PARTS' and coalesce(o.work_ready_at, o.approved_at) + %1$s <= %4$s and (o.cancelled_at is null or o.cancelled_at >= coalesce(o.work_ready_at, o.approved_at) + %1$s)))
            """.formatted(SECONDS4, FROM, TO, NOW);

    private static final String SAFETY_START = """
            select 'ORDER' as kind, o.id, o.reference, o.approved_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when o.repair_started_at <= coalesce(o.start_ready_at, o.approved_at) + %1$s then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from o.repair_started_at - coalesce(o.start_ready_at, o.approved_at)) / 60.0)::numeric, 1) as measure,
                   null::text as detail
            from repair_order o
            where o.safety_critical and o.approved_at >= %2$s and o.approved_at < %3$s
              and (o.repair_started_at is not null
                   or (o.status <> 'WAITING_PARTS' and coalesce(o.start_ready_at, o.approved_at) + %1$s <= %4$s and (o.cancelled_at is null or o.cancelled_at >= coalesce(o.start_ready_at, o.approved_at) + %1$s)))
            """.formatted(SECONDS4, FROM, TO, NOW);

    /** Each whole period of $5 between the start of a long repair and ready: covered when it holds an update. */
    private static final String HOURLY = """
            with o as materialized (
              select o.id, o.reference, o.advisor_id, o.technician_id, o.repair_started_at as s, o.ready_at as e,
                     floor(extract(epoch from o.ready_at - o.repair_started_at) / $5::bigint)::int as owed
              from repair_order o
              where o.expected_minutes * 60 > $4::bigint and o.repair_started_at is not null
                and o.ready_at >= %1$s and o.ready_at < %2$s),
            covered as (
              select ev.order_id, count(distinct floor(extract(epoch from ev.at - o.s) / $5::bigint)) as periods
              from repair_event ev join o on o.id = ev.order_id
              where ev.type = 'UPDATE' and ev.at >= (select min(s) from o) and ev.at < %2$s
                and ev.at >= o.s and ev.at < o.s + o.owed * %3$s
              group by ev.order_id)
            select 'ORDER' as kind, o.id, o.reference, o.e as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   coalesce(c.periods, 0)::numeric as num, o.owed::numeric as den, null::numeric as measure, null::text as detail
            from o left join covered c on c.order_id = o.id
            where o.owed > 0
            """.formatted(FROM, TO, SECONDS5);

    /** The first decision of the quality check: passed (READY) or failed (back to the workshop). */
    private static final String QC = """
            with outcome as (
              select distinct on (ev.order_id) ev.order_id, ev.type, ev.at, ev.seq
              from repair_event ev
              where ev.type in ('QC_FAILED', 'READY') and ev.at >= %1$s and ev.at < %2$s
              order by ev.order_id, ev.seq)
            select 'ORDER' as kind, o.id, o.reference, f.at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when f.type = 'READY' then 1 else 0 end::numeric as num, 1::numeric as den,
                   null::numeric as measure, f.type as detail
            from outcome f join repair_order o on o.id = f.order_id
            where not exists (select 1 from repair_event p
                              where p.order_id = f.order_id and p.type in ('QC_FAILED', 'READY') and p.seq < f.seq)
            """.formatted(FROM, TO);

    private static final String COMEBACK = """
            with o as materialized (
              select o.id, o.reference, o.advisor_id, o.technician_id, o.delivered_at, o.vehicle_id
              from repair_order o
              where o.status = 'DELIVERED' and o.delivered_at >= %2$s and o.delivered_at < %3$s),
            back as (
              select o.id from o join repair_order n on n.vehicle_id = o.vehicle_id and n.id <> o.id
                and n.checked_in_at > o.delivered_at and n.checked_in_at <= o.delivered_at + %1$s
              union
              select o.id from o join complaint c on c.order_id = o.id
              where c.category = 'TECHNICAL' and c.created_at <= o.delivered_at + %1$s)
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when b.id is not null then 1 else 0 end::numeric as num, 1::numeric as den, null::numeric as measure,
                   case when b.id is not null then 'CAME_BACK' end as detail
            from o left join back b on b.id = o.id
            where b.id is not null or o.delivered_at + %1$s <= %4$s
            """.formatted(SECONDS4, FROM, TO, NOW);

    // ------------------------------------------------------------------------------------------ after delivery

    private static final String RATINGS = """
            select 'ORDER' as kind, o.id, o.reference, r.created_at as at, r.advisor_id, r.technician_id, null::uuid as agent_id,
                   r.score as num, 1::numeric as den, r.score as measure,
                   case when r.low then 'LOW' end as detail
            from rating r join repair_order o on o.id = r.order_id
            where r.created_at >= %s and r.created_at < %s
            """.formatted(FROM, TO);

    private static final String RATED = """
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when r.order_id is not null then 1 else 0 end::numeric as num,
                   1::numeric as den, null::numeric as measure, null::text as detail
            from repair_order o left join rating r on r.order_id = o.id
            where o.status = 'DELIVERED' and o.delivered_at >= %s and o.delivered_at < %s
            """.formatted(FROM, TO);

    private static final String FOLLOW_UPS = """
            select 'ORDER' as kind, o.id, o.reference, c.due_at as at, o.advisor_id, o.technician_id, c.assignee_id as agent_id,
                   case when c.status in ('DONE', 'PROBLEM') then 1 else 0 end::numeric as num, 1::numeric as den,
                   c.attempts::numeric as measure, c.status as detail
            from follow_up_call c join repair_order o on o.id = c.order_id
            where c.due_at >= %1$s and c.due_at < %2$s and (c.status <> 'OPEN' or c.due_at <= %3$s)
            """.formatted(FROM, TO, NOW);

    private static final String FOLLOW_UP_PROBLEMS = """
            select 'ORDER' as kind, o.id, o.reference, c.problem_due_at as at, o.advisor_id, o.technician_id,
                   c.problem_owner_id as agent_id,
                   case when c.problem_resolved_at <= c.problem_due_at then 1 else 0 end::numeric as num, 1::numeric as den,
                   null::numeric as measure, case when c.problem_resolved_at is null then 'OPEN' else 'SOLVED' end as detail
            from follow_up_call c join repair_order o on o.id = c.order_id
            where c.problem is not null and c.problem_due_at >= %1$s and c.problem_due_at < %2$s
              and (c.problem_resolved_at is not null or c.problem_due_at <= %3$s)
            """.formatted(FROM, TO, NOW);

    private static final String COMPLAINT_COLUMNS = """
            'COMPLAINT' as kind, c.id, c.number as reference, c.created_at as at, o.advisor_id, o.technician_id,
            c.owner_id as agent_id""";

    private static final String COMPLAINTS_CLOSED = """
            select %1$s,
                   case when c.status = 'CLOSED' then 1 else 0 end::numeric as num, 1::numeric as den,
                   null::numeric as measure, c.status as detail
            from complaint c left join repair_order o on o.id = c.order_id
            where c.created_at >= %2$s and c.created_at < %3$s and (c.status = 'CLOSED' or c.resolve_due_at <= %4$s)
            """.formatted(COMPLAINT_COLUMNS, FROM, TO, NOW);

    private static final String COMPLAINTS_ANSWERED = """
            select %1$s,
                   case when c.answered_at <= c.answer_due_at then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from c.answered_at - c.created_at) / 3600.0)::numeric, 1) as measure,
                   c.priority as detail
            from complaint c left join repair_order o on o.id = c.order_id
            where c.created_at >= %2$s and c.created_at < %3$s and (c.answered_at is not null or c.answer_due_at <= %4$s)
            """.formatted(COMPLAINT_COLUMNS, FROM, TO, NOW);

    private static final String COMPLAINTS_RESOLVED = """
            select %1$s,
                   case when c.resolved_at <= c.resolve_due_at then 1 else 0 end::numeric as num, 1::numeric as den,
                   round((extract(epoch from c.resolved_at - c.created_at) / 3600.0)::numeric, 1) as measure,
                   c.status as detail
            from complaint c left join repair_order o on o.id = c.order_id
            where c.created_at >= %2$s and c.created_at < %3$s and (c.resolved_at is not null or c.resolve_due_at <= %4$s)
            """.formatted(COMPLAINT_COLUMNS, FROM, TO, NOW);

    /** Complaints add to the numerator, delivered orders to the denominator. */
    private static final String COMPLAINTS_PER_ORDER = """
            select %1$s, 1::numeric as num, 0::numeric as den, null::numeric as measure, c.category as detail
            from complaint c left join repair_order o on o.id = c.order_id
            where c.created_at >= %2$s and c.created_at < %3$s
            union all
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   0::numeric as num, 1::numeric as den, null::numeric as measure, null::text as detail
            from repair_order o
            where o.status = 'DELIVERED' and o.delivered_at >= %2$s and o.delivered_at < %3$s
            """.formatted(COMPLAINT_COLUMNS, FROM, TO);

    /** Stars 1-5 as a score 0-100, like the satisfaction score. */
    private static final String COMPLAINTS_RATED = """
            select %1$s, ((c.satisfaction - 1) * 25)::numeric as num, 1::numeric as den,
                   ((c.satisfaction - 1) * 25)::numeric as measure, c.category as detail
            from complaint c left join repair_order o on o.id = c.order_id
            where c.status = 'CLOSED' and c.satisfaction is not null and c.closed_at >= %2$s and c.closed_at < %3$s
            """.formatted(COMPLAINT_COLUMNS.replace("c.created_at as at", "c.closed_at as at"), FROM, TO);

    private static final String SETTLEMENT_FIRST_TIME = """
            with o as materialized (
              select o.id, o.reference, o.delivered_at, o.advisor_id, o.technician_id from repair_order o
              where o.status = 'DELIVERED' and o.delivered_at >= %s and o.delivered_at < %s),
            issued as (
              select ev.order_id, count(*) as times from repair_event ev join o on o.id = ev.order_id
              where ev.type = 'SETTLEMENT_ISSUED' group by ev.order_id)
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   case when i.times = 1 then 1 else 0 end::numeric as num, 1::numeric as den, i.times::numeric as measure,
                   null::text as detail
            from o join issued i on i.order_id = o.id
            """.formatted(FROM, TO);

    // ---------------------------------------------------------------------------------------------------- labour

    /** Delivered orders of the period with the labour hours their settlement bills. */
    private static final String DELIVERED_WITH_SOLD = """
            o as materialized (
              select o.id, o.reference, o.delivered_at, o.advisor_id, o.technician_id, o.checked_in_at from repair_order o
              where o.status = 'DELIVERED' and o.delivered_at >= %1$s and o.delivered_at < %2$s),
            sold as (
              select s.order_id, sum(s.quantity) as hours from settlement_line s join o on o.id = s.order_id
              where s.kind = 'LABOUR' group by s.order_id)""".formatted(FROM, TO);

    /** Events of the period's delivered orders: none is older than the earliest check-in, none later than the period. */
    private static final String EVENTS_OF_O = "ev.at >= (select min(checked_in_at) from o) and ev.at < " + TO;

    private static final String SOLD_HOURS = """
            with %s
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   coalesce(sold.hours, 0)::numeric as num, 1::numeric as den, coalesce(sold.hours, 0)::numeric as measure,
                   null::text as detail
            from o left join sold on sold.order_id = o.id
            """.formatted(DELIVERED_WITH_SOLD);

    /**
     * Hours in repair, from the order's events: each start (REPAIR_STARTED, REPAIR_RESUMED, or QC_FAILED, which sends
     * the car back) until the next event that ends work (WAITING_PARTS, QUALITY_CHECK, CANCELLED).
     */
    private static final String EFFICIENCY = """
            with %1$s,
            marks as (
              select ev.order_id, ev.type, ev.at, lead(ev.at) over (partition by ev.order_id order by ev.seq) as until
              from repair_event ev join o on o.id = ev.order_id
              where ev.type in ('REPAIR_STARTED', 'REPAIR_RESUMED', 'QC_FAILED', 'WAITING_PARTS', 'QUALITY_CHECK', 'CANCELLED')
                and %2$s),
            worked as (
              select m.order_id, sum(extract(epoch from m.until - m.at)) / 3600.0 as hours
              from marks m
              where m.type in ('REPAIR_STARTED', 'REPAIR_RESUMED', 'QC_FAILED') and m.until is not null
              group by m.order_id)
            select 'ORDER' as kind, o.id, o.reference, o.delivered_at as at, o.advisor_id, o.technician_id, null::uuid as agent_id,
                   coalesce(sold.hours, 0)::numeric as num, round(w.hours::numeric, 4) as den,
                   round(w.hours::numeric, 2) as measure, null::text as detail
            from o join worked w on w.order_id = o.id left join sold on sold.order_id = o.id
            where w.hours > 0 and o.technician_id is not null
            """.formatted(DELIVERED_WITH_SOLD, EVENTS_OF_O);
}

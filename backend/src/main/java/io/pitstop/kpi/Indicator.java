package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

import static io.pitstop.kpi.Scope.ADVISOR;
import static io.pitstop.kpi.Scope.AGENT;
import static io.pitstop.kpi.Scope.PARTS;
import static io.pitstop.kpi.Scope.TECHNICIAN;

/**
 * The quality indicators of the domain, each defined once: what counts (its SQL over the recorded history, in
 * {@link IndicatorSql}), the sentence that says it (here, with the configured time limits put in for {@code {confirm}}
 * and the like; the README's indicator table has the same sentences with the defaults, which a test compares), its
 * unit, its target and the people it can be broken down by.
 * <p>
 * Every indicator is a ratio of sums over items (bookings, orders, calls, complaints): value = scale x sum(num) /
 * sum(den). A share counts 1 or 0 per item; an average adds the item's amount; "per 100 orders" adds events over
 * orders. A period with nothing in the denominator has no value (absent, never 0 %).
 */
@Schema(description = "A quality indicator of the after-sales service (see the README's indicator table)")
public enum Indicator {

    BOOKING_CONFIRMED_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR),
            "Bookings made in the period that an advisor confirmed within {confirm} of being made; "
                    + "a booking the customer withdrew unconfirmed within that time does not count, nor one still within it. "
                    + "The median is the minutes to the first confirmation."),
    EMERGENCY_RESPONSE_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR),
            "Emergency bookings made in the period that had a response within {emergency}. The response is the first action of "
                    + "staff on the booking after it was made: a confirmation, a new time, a cancellation, the check-in or a no-show."),
    NORMAL_RESPONSE_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR),
            "Normal (not emergency) bookings made in the period that had a response within {normal} (the response as for emergencies)."),
    SERVICE_COMPLETION(Unit.PERCENT, 98, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Orders approved by the customer and closed in the period (delivered or cancelled) that were delivered: finished as planned."),
    KEY_ITEMS_COMPLETED(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Required items the customer approved, on orders delivered in the period, that the settlement bills as done."),
    ON_TIME_FIRST_PROMISE(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Orders delivered in the period whose car was ready by the time first promised at approval."),
    ON_TIME_LAST_PROMISE(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Orders delivered in the period whose car was ready by the last promise (after any declared delay)."),
    DELAYS_PER_100_ORDERS(Unit.PER_100, null, Direction.AT_MOST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Delays declared on the orders delivered in the period, per 100 of those orders."),
    DELAY_ANNOUNCED_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR),
            "Delays declared in the period at least {notice} before the promise they moved (by the advisor who declared them)."),
    DISPATCH_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(TECHNICIAN),
            "Orders approved in the period that reached the workshop (dispatched) within {dispatch} of the approval, or of the arrival "
                    + "of the parts they waited for; an order cancelled undispatched within that time does not count, nor one still "
                    + "within it or still waiting for its parts."),
    SAFETY_START_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(TECHNICIAN),
            "Safety-critical orders approved in the period whose repair started within {safety} of the approval, or of the arrival "
                    + "of the parts they waited for before it started (approved or dispatched); one still waiting for its parts does not "
                    + "count yet."),
    HOURLY_UPDATES(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "On repairs expected to take over {long} and ready in the period: each {every} from the start of the repair to "
                    + "ready that had at least one progress update (periods covered / periods owed)."),
    QC_FIRST_PASS(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(TECHNICIAN),
            "Orders whose first quality check was decided in the period and passed the first time."),
    COMEBACKS(Unit.PERCENT, null, Direction.AT_MOST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Orders delivered in the period whose vehicle came back within {comeback} (checked in again, or a technical "
                    + "complaint about the order); an order counts once that time is over, or as soon as it came back."),
    SATISFACTION(Unit.SCORE, 85, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "The mean satisfaction score (0-100) of the ratings given in the period."),
    DELIVERIES_RATED(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Orders delivered in the period that the owner rated."),
    FOLLOW_UP_REACHED(Unit.PERCENT, 90, Direction.AT_LEAST, EnumSet.of(AGENT, ADVISOR),
            "Follow-up calls due in the period in which the customer was reached (calls reached / calls due); a call still open "
                    + "counts once its due time has passed."),
    FOLLOW_UP_PROBLEMS_SOLVED(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(AGENT),
            "Problems raised in follow-up calls, due in the period, solved by their due time ({problemDays} working days; by their owner)."),
    COMPLAINTS_HANDLED(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(AGENT, ADVISOR),
            "Complaints filed in the period that are closed (the customer confirmed the remedy); one still within its "
                    + "resolution deadline does not count yet."),
    COMPLAINTS_ANSWERED_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(AGENT, ADVISOR),
            "Complaints filed in the period answered by their answer deadline ({answer} by default, moved by time waiting for the customer)."),
    COMPLAINTS_RESOLVED_IN_TIME(Unit.PERCENT, 100, Direction.AT_LEAST, EnumSet.of(AGENT, ADVISOR),
            "Complaints filed in the period resolved by their resolution deadline ({resolve} by default, moved likewise); a reopened complaint "
                    + "counts by its last resolution."),
    COMPLAINTS_PER_100_ORDERS(Unit.PER_100, null, Direction.AT_MOST, EnumSet.of(ADVISOR),
            "Complaints filed in the period per 100 orders delivered in the period."),
    COMPLAINT_SATISFACTION(Unit.SCORE, 85, Direction.AT_LEAST, EnumSet.of(AGENT, ADVISOR),
            "Complaints closed in the period that the customer rated when confirming the remedy: the mean of the stars as a "
                    + "score (1 star is 0, 5 stars are 100)."),
    SETTLEMENT_FIRST_TIME_RIGHT(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(ADVISOR),
            "Orders delivered in the period whose settlement the owner signed as first issued, never reissued."),
    SOLD_HOURS_PER_ORDER(Unit.HOURS, null, Direction.AT_LEAST, EnumSet.of(ADVISOR, TECHNICIAN),
            "Labour hours billed on the settlements of orders delivered in the period, per order."),
    TECHNICIAN_EFFICIENCY(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(TECHNICIAN),
            "On orders delivered in the period: labour hours billed / hours the car was actually in repair (from the order's "
                    + "events: from each start or resumption to the next wait for parts or quality check)."),
    STOCK_ACCURACY(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(PARTS),
            "Lines of the stock counts made in the period whose counted quantity matched the ledger's on-hand "
                    + "(lines without a difference / lines counted; each line counts once, whatever the part's value)."),
    SUPPLY_ON_TIME(Unit.PERCENT, null, Direction.AT_LEAST, EnumSet.of(PARTS),
            "Lines of sent purchase orders closed in the period (fully received, or their order cancelled) that were fully "
                    + "received by the order's expected time; rejected units do not count as received."),
    PURCHASE_COST(Unit.PERCENT, 100, Direction.AT_MOST, EnumSet.of(PARTS),
            "Units that passed receiving in the period: what they cost on their purchase order / what they would have cost at "
                    + "the supplier's agreed price for the part (units x unit cost / units x agreed price)."),
    LOSS_RATE(Unit.PERCENT, null, Direction.AT_MOST, EnumSet.of(PARTS),
            "Parts scrapped and negative count differences in the period, valued at cost / parts issued to orders in the "
                    + "period, valued at cost (cost: the movement's own, else the part's last received unit cost, else its "
                    + "preferred supplier's agreed price).");

    /** What the number is. */
    public enum Unit {
        PERCENT(100), SCORE(1), PER_100(100), HOURS(1);

        final int scale;

        Unit(int scale) {
            this.scale = scale;
        }
    }

    /** Whether more is better (AT_LEAST the target) or less (AT_MOST). */
    public enum Direction {
        AT_LEAST, AT_MOST
    }

    /** Within this distance of the target (points of the unit) an indicator is amber, beyond it red. */
    static final double AMBER_MARGIN = 5;

    private final Unit unit;
    private final Double target;
    private final Direction direction;
    private final Set<Scope> scopes;
    private final String definition;

    Indicator(Unit unit, Integer target, Direction direction, Set<Scope> scopes, String definition) {
        this.unit = unit;
        this.target = target == null ? null : target.doubleValue();
        this.direction = direction;
        this.scopes = scopes;
        this.definition = definition;
    }

    public Unit unit() {
        return unit;
    }

    /** The domain's target, or null where the domain only asks to track it. */
    public Double target() {
        return target;
    }

    public Direction direction() {
        return direction;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    /** The sentence with its placeholders ({confirm}, {dispatch}, ...); see {@link KpiRules#render}. */
    public String definitionTemplate() {
        return definition;
    }

    /** GREEN at or beyond the target, AMBER within the margin, RED beyond it; NONE without a target or a value. */
    public Status status(Double value) {
        if (value == null || target == null) {
            return Status.NONE;
        }
        double gap = direction == Direction.AT_LEAST ? target - value : value - target;
        if (gap <= 1e-9) {
            return Status.GREEN;
        }
        return gap <= AMBER_MARGIN ? Status.AMBER : Status.RED;
    }

    @Schema(description = "How the value stands against the target: GREEN met, AMBER within 5 points, RED beyond, NONE no target or no value")
    public enum Status {
        GREEN, AMBER, RED, NONE
    }
}

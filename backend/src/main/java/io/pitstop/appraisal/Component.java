package io.pitstop.appraisal;

import io.pitstop.identity.Role;
import io.pitstop.kpi.Indicator;
import io.pitstop.kpi.Scope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/**
 * What a role's 100-point score is made of (the domain's staff appraisal): indicators that apply to the role, each
 * as the person's own figure, the person's self-assessment and the supervisor's rating.
 */
@Schema(description = "A part of a staff member's monthly score")
public enum Component {
    SATISFACTION(Role.ADVISOR, Indicator.SATISFACTION, Scope.ADVISOR),
    SERVICE_COMPLETION(Role.ADVISOR, Indicator.SERVICE_COMPLETION, Scope.ADVISOR),
    SETTLEMENT_FIRST_TIME_RIGHT(Role.ADVISOR, Indicator.SETTLEMENT_FIRST_TIME_RIGHT, Scope.ADVISOR),
    /** The complaints the advisor owns. */
    COMPLAINTS_RESOLVED_IN_TIME(Role.ADVISOR, Indicator.COMPLAINTS_RESOLVED_IN_TIME, Scope.AGENT),
    QC_FIRST_PASS(Role.TECHNICIAN, Indicator.QC_FIRST_PASS, Scope.TECHNICIAN),
    /** Labour-hour completion: billed hours over hours in repair, counted up to 100. */
    TECHNICIAN_EFFICIENCY(Role.TECHNICIAN, Indicator.TECHNICIAN_EFFICIENCY, Scope.TECHNICIAN),
    FOLLOW_UP_REACHED(Role.CUSTOMER_SERVICE, Indicator.FOLLOW_UP_REACHED, Scope.AGENT),
    COMPLAINT_SATISFACTION(Role.CUSTOMER_SERVICE, Indicator.COMPLAINT_SATISFACTION, Scope.AGENT),
    /** The lines of the counts the parts specialist made that matched the ledger. */
    STOCK_ACCURACY(Role.PARTS, Indicator.STOCK_ACCURACY, Scope.PARTS),
    /** The lines of their purchase orders received by the expected time. */
    SUPPLY_ON_TIME(Role.PARTS, Indicator.SUPPLY_ON_TIME, Scope.PARTS),
    /** Paid against the agreed price: 100 points at or below it, one point less for each percent above. */
    PURCHASE_COST(Role.PARTS, Indicator.PURCHASE_COST, Scope.PARTS) {
        @Override
        public Double points(Double value) {
            return value == null ? null : clamp(200 - value);
        }
    },
    /** Losses against issues, at cost: ten points less for each percent lost (a 1 % loss gives 90). */
    LOSS_RATE(Role.PARTS, Indicator.LOSS_RATE, Scope.PARTS) {
        @Override
        public Double points(Double value) {
            return value == null ? null : clamp(100 - 10 * value);
        }
    },
    /** The staff member's own assessment, 0-100. */
    SELF(null, null, null),
    /** The manager's rating, 0-100. */
    SUPERVISOR(null, null, null);

    /** The roles that are appraised. */
    public static final List<Role> ROLES = List.of(Role.ADVISOR, Role.TECHNICIAN, Role.CUSTOMER_SERVICE, Role.PARTS);

    private final Role role;
    private final Indicator indicator;
    private final Scope scope;

    Component(Role role, Indicator indicator, Scope scope) {
        this.role = role;
        this.indicator = indicator;
        this.scope = scope;
    }

    /** The indicator behind it; null for the two ratings people enter. */
    public Indicator indicator() {
        return indicator;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * What a value gives towards the score, between 0 and 100: the value itself for a share where more is better;
     * the components where less is better say how they turn into points.
     */
    public Double points(Double value) {
        return value == null ? null : clamp(value);
    }

    static double clamp(double points) {
        return Math.max(0, Math.min(100, points));
    }

    public boolean appliesTo(Role r) {
        return role == null || role == r;
    }

    public static List<Component> of(Role r) {
        return Arrays.stream(values()).filter(c -> c.appliesTo(r)).toList();
    }
}

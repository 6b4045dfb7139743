package io.pitstop.repair.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pitstop.common.JsonText;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.Compensation;
import io.pitstop.repair.DelayReason;
import io.pitstop.repair.RepairEventType;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.persistence.RepairOrder;
import io.pitstop.repair.persistence.StoredRepairEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored event schema: what is written, and how rows of either schema read back, without a server. */
class EventPayloadsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-12-07T02:30:00Z");

    private final EventPayloads payloads = new EventPayloads(new JsonText(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));

    @Test
    void aNewEventStoresOnlyWhatItsRowDoesNotHoldAndReadsBackAsTheView() {
        RepairOrder o = order();
        Acting act = new Acting(new Caller(UUID.randomUUID().toString(), Role.ADVISOR, "王芳", Set.of()), SHANGHAI, AT);
        EventDetails details = EventDetails.delay("配件到货晚", AT.plusSeconds(3600), DelayReason.PART_OUT_OF_STOCK, Compensation.FREE_WASH, null);
        String payload = payloads.write(EventPayloads.stored(act, o, RepairStatus.IN_REPAIR, details));

        assertThat(payload).contains("\"v\":1").contains("\"zone\":\"Asia/Shanghai\"")
                .doesNotContain("orderId").doesNotContain("reference").doesNotContain("\"seq\"").doesNotContain("\"type\"");
        RepairEventView view = payloads.read(row(o, payload));
        assertThat(view).isEqualTo(new RepairEventView(41, o.id.toString(), "RO-ABC234", 7, RepairEventType.DELAY,
                OffsetDateTime.parse("2026-12-07T10:30:00+08:00"), "王芳", "ADVISOR", RepairStatus.IN_REPAIR, RepairStatus.IN_REPAIR,
                "配件到货晚", null, null, null, OffsetDateTime.parse("2026-12-07T13:30:00+08:00"),
                OffsetDateTime.parse("2026-12-07T11:30:00+08:00"), DelayReason.PART_OUT_OF_STOCK, Compensation.FREE_WASH, null, null,
                null, null));
        assertThat(payloads.wire(row(o, payload))).contains("\"orderId\":\"" + o.id + "\"").contains("\"reference\":\"RO-ABC234\"");
        assertThat(payloads.message(payload)).isEqualTo("配件到货晚");
    }

    @Test
    void anEventOfTheShopsClockHasNoActorAndKeepsItsAmount() {
        RepairOrder o = order();
        Acting job = new Acting(null, SHANGHAI, AT);
        String payload = payloads.write(EventPayloads.stored(job, o, null, EventDetails.amount(new BigDecimal("880.00"))));
        RepairEventView view = payloads.read(new EventPayloads.EventRow(42, o.id, o.reference, 8, AT, "ESTIMATE_SENT", null, payload));
        assertThat(view.actorName()).isNull();
        assertThat(view.actorRole()).isNull();
        assertThat(view.fromStatus()).isNull();
        assertThat(view.amount()).isEqualByComparingTo("880.00");
    }

    @Test
    void aRowWrittenBeforeTheSchemaReadsAsTheViewItHolds() {
        RepairOrder o = order();
        RepairEventView old = new RepairEventView(41, o.id.toString(), "RO-OLD234", 7, RepairEventType.UPDATE,
                OffsetDateTime.parse("2026-12-07T10:30:00+08:00"), "孙磊", "TECHNICIAN", RepairStatus.IN_REPAIR, RepairStatus.IN_REPAIR,
                "旧火花塞已拆下", "更换火花塞", 40, null, OffsetDateTime.parse("2026-12-07T13:30:00+08:00"), null, null, null, null,
                false, null, null);
        String payload = new JsonText(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).write(old);
        assertThat(payload).doesNotContain("\"v\"");

        EventPayloads.EventRow row = new EventPayloads.EventRow(41, o.id, o.reference, 7, AT, "UPDATE", "TECHNICIAN", payload);
        assertThat(payloads.read(row)).usingRecursiveComparison()
                .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
                .isEqualTo(old);
        assertThat(payloads.wire(row)).isEqualTo(payload);
        assertThat(payloads.message(payload)).isEqualTo("旧火花塞已拆下");
    }

    @Test
    void aRowOfANewerSchemaIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> payloads.read(row(order(), "{\"v\":" + (StoredRepairEvent.VERSION + 1) + "}")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static RepairOrder order() {
        RepairOrder o = new RepairOrder();
        o.id = UUID.randomUUID();
        o.reference = "RO-ABC234";
        o.status = RepairStatus.IN_REPAIR;
        o.promisedAt = AT.plusSeconds(3 * 3600);
        return o;
    }

    private static EventPayloads.EventRow row(RepairOrder o, String payload) {
        return new EventPayloads.EventRow(41, o.id, o.reference, 7, AT, "DELAY", "ADVISOR", payload);
    }
}

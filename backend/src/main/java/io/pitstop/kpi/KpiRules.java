package io.pitstop.kpi;

import io.pitstop.booking.service.BookingRules;
import io.pitstop.complaint.service.ComplaintRules;
import io.pitstop.complaint.ComplaintPriority;
import io.pitstop.feedback.service.FollowUpRules;
import io.pitstop.repair.service.RepairRules;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;

/**
 * The time limits the indicators measure against: those the capabilities already enforce (booking confirmation,
 * dispatch, updates, delay notice, complaint deadlines) and the two only the indicators need (PITSTOP_KPI_*).
 */
@ApplicationScoped
public class KpiRules {

    @ConfigMapping(prefix = "pitstop.kpi")
    public interface Own {
        /** An emergency booking is answered within this. */
        @WithDefault("30m")
        Duration emergencyResponseWithin();

        /** A normal booking is answered within this. */
        @WithDefault("2h")
        Duration normalResponseWithin();

        /** A vehicle back within this after delivery is a comeback. */
        @WithDefault("30d")
        Duration comebackWithin();
    }

    private final BookingRules booking;
    private final RepairRules repair;
    private final FollowUpRules followUp;
    private final ComplaintRules complaint;
    private final Own own;

    public KpiRules(BookingRules booking, RepairRules repair, FollowUpRules followUp, ComplaintRules complaint, Own own) {
        this.booking = booking;
        this.repair = repair;
        this.followUp = followUp;
        this.complaint = complaint;
        this.own = own;
    }

    public Duration confirmWithin() {
        return booking.confirmWithin();
    }

    public Duration emergencyResponseWithin() {
        return own.emergencyResponseWithin();
    }

    public Duration normalResponseWithin() {
        return own.normalResponseWithin();
    }

    public Duration dispatchWithin() {
        return repair.dispatchWithin();
    }

    public Duration safetyStartWithin() {
        return repair.safetyStartWithin();
    }

    public Duration longRepair() {
        return repair.longRepair();
    }

    public Duration updateEvery() {
        return repair.updateEvery();
    }

    public Duration delayNoticeBefore() {
        return repair.delayNoticeBefore();
    }

    public Duration comebackWithin() {
        return own.comebackWithin();
    }

    /** The definition of the indicator with the configured limits in place of its placeholders. */
    public String render(Indicator indicator) {
        String text = indicator.definitionTemplate();
        Map<String, String> values = Map.ofEntries(
                Map.entry("{confirm}", words(confirmWithin())),
                Map.entry("{emergency}", words(emergencyResponseWithin())),
                Map.entry("{normal}", words(normalResponseWithin())),
                Map.entry("{dispatch}", words(dispatchWithin())),
                Map.entry("{safety}", words(safetyStartWithin())),
                Map.entry("{long}", words(longRepair())),
                Map.entry("{every}", words(updateEvery())),
                Map.entry("{notice}", words(delayNoticeBefore())),
                Map.entry("{comeback}", words(comebackWithin())),
                Map.entry("{problemDays}", Integer.toString(followUp.problemWorkingDays())),
                Map.entry("{answer}", words(complaint.answerWithin(ComplaintPriority.MEDIUM))),
                Map.entry("{resolve}", words(complaint.resolveWithin(ComplaintPriority.MEDIUM))));
        for (var e : values.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    /** 15 min, 2 h, 30 days: as the README writes them. */
    static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (24 * 60) == 0 && minutes >= 24 * 60 * 7) {
            return minutes / (24 * 60) + " days";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return minutes + " min";
    }
}

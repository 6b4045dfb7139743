package io.pitstop.testhooks;

import io.pitstop.booking.service.BookingJobs;
import io.pitstop.complaint.service.ComplaintJobs;
import io.pitstop.feedback.service.FollowUpJobs;
import io.pitstop.feedback.service.OverdueFollowUps;
import io.pitstop.improvement.ImprovementService;
import io.pitstop.notify.OutboxDispatcher;
import io.pitstop.repair.service.RepairJobs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One pass of every scheduled job, in the order the scheduler would find them due, then one pass of the outbox: what
 * each instance's timers do, started at a moment a test chooses (several instances at once).
 */
@ApplicationScoped
public class JobPass {

    private final BookingJobs booking;
    private final RepairJobs repair;
    private final ComplaintJobs complaints;
    private final FollowUpJobs followUps;
    private final OverdueFollowUps overdueCalls;
    private final ImprovementService improvements;
    private final OutboxDispatcher outbox;

    public JobPass(BookingJobs booking, RepairJobs repair, ComplaintJobs complaints, FollowUpJobs followUps,
                   OverdueFollowUps overdueCalls, ImprovementService improvements, OutboxDispatcher outbox) {
        this.booking = booking;
        this.repair = repair;
        this.complaints = complaints;
        this.followUps = followUps;
        this.overdueCalls = overdueCalls;
        this.improvements = improvements;
        this.outbox = outbox;
    }

    /** How many items each job took up (selected or raised, as the job counts them). */
    public Uni<Map<String, Integer>> run() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        return step(counts, "bookingEscalations", booking::escalateUnconfirmed)
                .chain(() -> step(counts, "bookingReminders", booking::remindTomorrow))
                .chain(() -> step(counts, "noShowCandidates", booking::flagNoShows))
                .chain(() -> step(counts, "hourlyUpdates", repair::hourlyUpdates))
                .chain(() -> step(counts, "promiseWatch", repair::watchPromises))
                .chain(() -> step(counts, "dispatchWatch", repair::watchDispatch))
                .chain(() -> step(counts, "supplementWatch", repair::watchSupplements))
                .chain(() -> step(counts, "complaintEscalations", complaints::escalate))
                .chain(() -> step(counts, "followUpCalls", followUps::createCalls))
                .chain(() -> step(counts, "followUpProblems", followUps::watchProblems))
                .chain(() -> step(counts, "overdueCalls", overdueCalls::escalate))
                .chain(() -> step(counts, "overdueImprovements", improvements::raiseOverdue))
                .chain(() -> step(counts, "outbox", outbox::dispatch))
                .replaceWith(counts);
    }

    private static Uni<Void> step(Map<String, Integer> counts, String name, Supplier<Uni<Integer>> job) {
        return job.get().invoke(n -> counts.put(name, n)).replaceWithVoid();
    }
}

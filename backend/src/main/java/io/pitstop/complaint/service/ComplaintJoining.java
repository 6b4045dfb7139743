package io.pitstop.complaint.service;

import io.pitstop.common.AdvisoryLocks;
import io.pitstop.complaint.ComplaintAction;
import io.pitstop.complaint.ComplaintChannel;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintStepFacts;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.persistence.Complaint;
import io.pitstop.complaint.persistence.ComplaintRepository;
import io.pitstop.complaint.service.ComplaintJournal.Actor;
import io.pitstop.identity.Caller;
import io.pitstop.repair.RepairOrderRef;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One open complaint per repair order: a second complaint on an order while its complaint is still open (anything but
 * closed) is not a duplicate case but more of the same one. It joins the open complaint as a CUSTOMER_ADDED step
 * with what the customer said (and its tags), keeping that complaint's owner, status and clocks; its owner hears of it.
 * Filings on one order are taken one at a time (an advisory lock on the order in the filing's transaction), so two at
 * once cannot both start a complaint.
 */
@ApplicationScoped
public class ComplaintJoining {

    /** The tags column holds at most this many characters. */
    private static final int TAGS_MAX = 400;

    private final ComplaintRepository complaints;
    private final ComplaintJournal journal;
    private final ComplaintNotices notices;
    private final ComplaintViews views;

    public ComplaintJoining(ComplaintRepository complaints, ComplaintJournal journal, ComplaintNotices notices, ComplaintViews views) {
        this.complaints = complaints;
        this.journal = journal;
        this.notices = notices;
        this.views = views;
    }

    /** The complaint still open on the order, taken for this filing's transaction; null when there is none (or no order). */
    public Uni<Complaint> openOn(RepairOrderRef order) {
        if (order == null) {
            return Uni.createFrom().nullItem();
        }
        return AdvisoryLocks.lock("complaint|order|" + order.id()).chain(() -> complaints.openOnOrder(order.id()))
                .chain(open -> open == null ? Uni.createFrom().<Complaint>nullItem() : complaints.findForUpdate(open.id));
    }

    /** What the customer said again, added to the open complaint. */
    public Uni<ComplaintView> join(Caller caller, Complaint open, ComplaintRequest req, ComplaintChannel channel, Instant now) {
        Set<String> tags = new LinkedHashSet<>(open.tags == null ? List.of() : List.of(open.tags.split("\\|")));
        tags.addAll(req.cleanTags());
        String joined = String.join("|", tags);
        if (!tags.isEmpty() && joined.length() <= TAGS_MAX) {
            open.tags = joined;
        }
        return journal.record(open, Actor.of(caller), ComplaintAction.CUSTOMER_ADDED, open.status, req.content().strip(), List.of(),
                        ComplaintStepFacts.added(channel), now)
                .chain(() -> notices.added(open))
                .chain(() -> views.view(caller, open));
    }
}

package io.pitstop.feedback.service;

import io.pitstop.common.Paging;
import io.pitstop.feedback.CallStatus;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.persistence.FollowUpCall;
import io.pitstop.feedback.persistence.FollowUpCallRepository;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.shop.ShopService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The follow-up queue (回访): the calls to make today and the problems being solved, or every call of the last 60 days. */
@ApplicationScoped
public class FollowUpQueue {

    /** How far back "all" reaches. */
    static final Duration ALL_FOR = Duration.ofDays(60);

    private final FollowUpCallRepository calls;
    private final FollowUpViews views;
    private final ShopService shop;
    private final Clock clock;

    public FollowUpQueue(FollowUpCallRepository calls, FollowUpViews views, ShopService shop, Clock clock) {
        this.calls = calls;
        this.views = views;
        this.shop = shop;
        this.clock = clock;
    }

    /** due: to call today (and problems being solved); all: every call of the last 60 days. Advisors see their own. */
    @WithSession
    public Uni<List<FollowUpCallView>> list(Caller caller, String scope, Paging.Page page) {
        Instant now = clock.instant();
        return shop.zone().chain(zone -> {
            LocalDate today = now.atZone(zone).toLocalDate();
            Uni<List<FollowUpCall>> found = "all".equals(scope)
                    ? calls.list("createdAt >= ?1 order by dueAt, id", now.minus(ALL_FOR))
                    : calls.list("(status = ?1 and availableFrom <= ?2 and nextAttemptOn <= ?3) or (status = ?4 and problemResolvedAt is null) "
                    + "order by dueAt, id", CallStatus.OPEN, now, today, CallStatus.PROBLEM);
            return found.map(list -> caller.role() == Role.ADVISOR ? list.stream()
                            .filter(c -> c.assigneeId.equals(caller.accountId()) || caller.accountId().equals(c.problemOwnerId)).toList() : list)
                    .map(page::of)
                    .chain(list -> views.views(list, now));
        });
    }
}

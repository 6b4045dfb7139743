package io.pitstop.booking.service;

import io.pitstop.booking.BatchConfirmItem;
import io.pitstop.booking.BatchConfirmView;
import io.pitstop.booking.ConfirmOutcome;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Language;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.Sequential;
import io.pitstop.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * An advisor confirms several requested bookings at once (the morning's queue). Per booking, not all or nothing: each
 * is confirmed in its own transaction exactly as one confirmation would be (the owner told, the advisor theirs), and one
 * that is gone or already taken by a colleague is reported as such while the others go through. Warnings never block a
 * confirmation; the advisor saw them on the list.
 */
@ApplicationScoped
public class BatchConfirmation {

    private final BookingLifecycle lifecycle;
    private final BookingViews views;

    public BatchConfirmation(BookingLifecycle lifecycle, BookingViews views) {
        this.lifecycle = lifecycle;
        this.views = views;
    }

    public Uni<BatchConfirmView> confirm(Caller caller, List<UUID> ids, Language language) {
        return Sequential.map(ids.stream().distinct().toList(), id -> one(caller, id, language))
                .map(results -> new BatchConfirmView((int) results.stream().filter(r -> r.outcome() == ConfirmOutcome.CONFIRMED).count(),
                        List.copyOf(results)));
    }

    private Uni<BatchConfirmItem> one(Caller caller, UUID id, Language language) {
        return lifecycle.confirm(caller, id)
                .map(view -> new BatchConfirmItem(id.toString(), ConfirmOutcome.CONFIRMED, view, null))
                .onFailure(NotFoundException.class).recoverWithItem(e ->
                        new BatchConfirmItem(id.toString(), ConfirmOutcome.NOT_FOUND, null, ((NotFoundException) e).detail(language)))
                .onFailure(ConflictException.class).recoverWithUni(e -> views.get(caller, id).map(view ->
                        new BatchConfirmItem(id.toString(), ConfirmOutcome.NOT_PENDING, view, ((ConflictException) e).detail(language))));
    }
}

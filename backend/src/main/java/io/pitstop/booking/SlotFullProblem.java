package io.pitstop.booking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The 409 answer to a start time that cannot be booked: a problem that offers the nearest bookable ones. */
@Schema(description = "RFC 9457 problem for a start time that cannot be booked (type slot-full: no bay left; "
        + "vehicle-already-booked: the car is booked then), with the nearest alternatives",
        requiredProperties = {"type", "title", "status", "alternatives"})
public record SlotFullProblem(
        @Schema(examples = "https://pitstop.dev/problems/slot-full") String type,
        @Schema(examples = "Slot full") String title,
        @Schema(examples = "409") int status,
        String detail,
        String instance,
        String requestId,
        @Schema(description = "Nearest bookable start times of the same service (up to 3, soonest first), the car free at each") List<SlotView> alternatives) {
}

package io.pitstop.booking;

import io.pitstop.common.Detail;
import io.pitstop.common.DomainException;

import java.util.List;

/**
 * The wanted start time cannot be booked: no bay is left (slot-full), or the car is already booked at an overlapping
 * time (vehicle-already-booked). Either way it carries the nearest start times that can be booked instead.
 */
public class SlotFullException extends DomainException {

    private final List<SlotView> alternatives;

    public SlotFullException(Detail detail, List<SlotView> alternatives) {
        this("slot-full", "Slot full", detail, alternatives);
    }

    public SlotFullException(String type, String title, Detail detail, List<SlotView> alternatives) {
        super(409, type, title, detail, null);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<SlotView> alternatives() {
        return alternatives;
    }
}

package io.pitstop.booking;

import io.pitstop.common.Detail;
import io.pitstop.common.DomainException;

import java.util.List;

/** The wanted start time has no bay left; carries the nearest bookable ones. */
public class SlotFullException extends DomainException {

    private final List<SlotView> alternatives;

    public SlotFullException(Detail detail, List<SlotView> alternatives) {
        super(409, "slot-full", "Slot full", detail, null);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<SlotView> alternatives() {
        return alternatives;
    }
}

package io.pitstop.parts;

import java.util.UUID;

/** An order as the parts desk knows it: its id and what to call it on the desk's screens ("RO-20261207-003 · 粤B12345"). */
public record OrderRef(UUID orderId, String label) {
}

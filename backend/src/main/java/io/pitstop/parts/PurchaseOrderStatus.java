package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT (being written), SENT (to the supplier), PARTLY_RECEIVED, RECEIVED (every line in full), CANCELLED (nothing received)")
public enum PurchaseOrderStatus {
    DRAFT, SENT, PARTLY_RECEIVED, RECEIVED, CANCELLED
}

package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What became of the replaced part at hand-over (旧件处理): shown to the owner and then disposed of by the "
        + "shop, taken away by the owner, or kept by the shop for a warranty claim")
public enum OldPartDisposition {
    SHOWN_TO_OWNER, TAKEN_BY_OWNER, KEPT_FOR_CLAIM
}

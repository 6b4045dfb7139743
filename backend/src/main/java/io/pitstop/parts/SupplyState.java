package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a line's part stands: RESERVED (on the shelf, held for the order), SHORT (awaited from a "
        + "purchase), ISSUED (handed to the technician), RELEASED (given back: declined or cancelled)")
public enum SupplyState {
    RESERVED, SHORT, ISSUED, RELEASED
}

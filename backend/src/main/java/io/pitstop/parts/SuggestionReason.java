package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a purchase is suggested: BELOW_MINIMUM (stock after open orders and waiting lines is below the part's minimum), SHORTAGE (lines wait for it and no open order covers them)")
public enum SuggestionReason {
    BELOW_MINIMUM, SHORTAGE
}

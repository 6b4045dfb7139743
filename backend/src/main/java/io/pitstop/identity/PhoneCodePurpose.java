package io.pitstop.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a one-time code proves the phone for. */
@Schema(description = "REGISTER: create an account, or take over the one staff opened for this phone at a phone or walk-in booking")
public enum PhoneCodePurpose {
    REGISTER
}

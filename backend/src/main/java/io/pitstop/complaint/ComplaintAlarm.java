package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The deadline alarm an ESCALATED step raised: the answer or the resolution at risk (75 % of the limit gone) or missed")
public enum ComplaintAlarm {
    COMPLAINT_ANSWER_WARNING, COMPLAINT_ANSWER_MISSED, COMPLAINT_RESOLVE_WARNING, COMPLAINT_RESOLVE_MISSED;
}

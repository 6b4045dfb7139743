package io.pitstop.complaint;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a step did, as typed fields for the reader's app to put in words (never a sentence of codes): where a complaint
 * came in and where it went (FILED, CUSTOMER_ADDED), the person a step names (the owner chosen or reassigned to, the
 * remedy's owner), a change of priority, the alarm raised, the remedy, the customer's rating. Fields a step has no
 * use for are absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "What a step did as typed fields, put in words by the reader's app; fields the step has no use for are absent")
public record ComplaintStepFacts(
        @Schema(description = "FILED, CUSTOMER_ADDED: where it came in") ComplaintChannel channel,
        @Schema(description = "FILED: the team responsible") ComplaintTeam team,
        @Schema(description = "FILED, REASSIGN: why the owner is the owner") ComplaintRoutingReason routing,
        @Schema(description = "FILED, REASSIGN: the owner; PROPOSE_REMEDY: the remedy's owner", examples = "王芳") String person,
        @Schema(description = "FILED: the member of staff the complaint is about", examples = "李强") String subject,
        @Schema(description = "REPRIORITIZE: the priority before") ComplaintPriority priorityBefore,
        @Schema(description = "REPRIORITIZE: the priority now") ComplaintPriority priority,
        @Schema(description = "ESCALATED: the alarm raised") ComplaintAlarm alarm,
        @Schema(description = "PROPOSE_REMEDY: how it is put right") RemedyKind remedyKind,
        @Schema(description = "PROPOSE_REMEDY: the remedy in words") String remedyDetail,
        @Schema(description = "CONFIRMED: how satisfied the customer is, 1-5") Integer satisfaction) {

    public static ComplaintStepFacts filed(ComplaintChannel channel, ComplaintTeam team, ComplaintRoutingReason routing, String owner,
                                           String subject) {
        return new ComplaintStepFacts(channel, team, routing, owner, subject, null, null, null, null, null, null);
    }

    public static ComplaintStepFacts added(ComplaintChannel channel) {
        return new ComplaintStepFacts(channel, null, null, null, null, null, null, null, null, null, null);
    }

    public static ComplaintStepFacts reassigned(String owner) {
        return new ComplaintStepFacts(null, null, ComplaintRoutingReason.REASSIGNED, owner, null, null, null, null, null, null, null);
    }

    public static ComplaintStepFacts reprioritized(ComplaintPriority before, ComplaintPriority now) {
        return new ComplaintStepFacts(null, null, null, null, null, before, now, null, null, null, null);
    }

    public static ComplaintStepFacts alarm(ComplaintAlarm alarm) {
        return new ComplaintStepFacts(null, null, null, null, null, null, null, alarm, null, null, null);
    }

    public static ComplaintStepFacts remedy(RemedyKind kind, String detail, String owner) {
        return new ComplaintStepFacts(null, null, null, owner, null, null, null, null, kind, detail, null);
    }

    public static ComplaintStepFacts rated(Integer satisfaction) {
        return satisfaction == null ? null : new ComplaintStepFacts(null, null, null, null, null, null, null, null, null, null, satisfaction);
    }
}

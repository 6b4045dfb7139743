package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "Complaints filed in a period", requiredProperties = {"total", "byCategory", "byChannel", "byTeam", "byPriority",
        "byMonth", "answer", "resolve", "topTags"})
public record ComplaintStats(
        long total,
        Map<String, Long> byCategory,
        Map<String, Long> byChannel,
        Map<String, Long> byTeam,
        Map<String, Long> byPriority,
        @Schema(description = "By month of filing, yyyy-MM in the shop's time zone") Map<String, Long> byMonth,
        Timing answer,
        Timing resolve,
        List<TagCount> topTags) {

    @Schema(description = "Minutes from filing to the answer (or to the resolution), and the share done within its deadline",
            requiredProperties = {"count", "withinDeadline", "due"})
    public record Timing(@Schema(description = "How many were answered (resolved)") long count,
                         Double medianMinutes, Double p90Minutes,
                         @Schema(description = "Of those done or past their deadline, how many were done within it") long withinDeadline,
                         @Schema(description = "Done, or past the deadline without being done") long due,
                         @Schema(description = "withinDeadline / due (0-1); absent when nothing is due") Double share) {
    }

    @Schema(requiredProperties = {"tag", "count"})
    public record TagCount(String tag, long count) {
    }
}

package io.pitstop.feedback.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The follow-up call (回访): after delivery, within a week; a problem raised is solved within 3 working days. */
@ConfigMapping(prefix = "pitstop.follow-up")
public interface FollowUpRules {

    /** A call task appears this long after delivery. */
    @WithDefault("3d")
    Duration delay();

    /** ... and is due this long after delivery. */
    @WithDefault("7d")
    Duration dueWithin();

    /** Retries after the first unanswered call, each on another day. */
    @WithDefault("3")
    int retries();

    /** Working days (Monday-Friday, the shop's closed days excepted) to solve a reported problem. */
    @WithDefault("3")
    int problemWorkingDays();
}

package io.pitstop.repair.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The time limits of the service journey (domain steps 4-6), configurable for a brand's own code. */
@ConfigMapping(prefix = "pitstop.repair")
public interface RepairRules {

    /** An approved order reaches the workshop (is dispatched) within this. */
    @WithDefault("5m")
    Duration dispatchWithin();

    /** Safety-critical work starts within this of approval. */
    @WithDefault("30m")
    Duration safetyStartWithin();

    /** Repairs expected to take longer than this owe the owner an update ... */
    @WithDefault("2h")
    Duration longRepair();

    /** ... this often. */
    @WithDefault("1h")
    Duration updateEvery();

    /** A delay is told at least this long before the promised time. */
    @WithDefault("30m")
    Duration delayNoticeBefore();

    /**
     * The delay watch raises an order not ready this long before its promise to the advisor and the managers, so that
     * they can still declare the delay {@link #delayNoticeBefore()} ahead; longer than that notice time.
     */
    @WithDefault("60m")
    Duration delayWatchBefore();

    /** A supplement the owner has not answered within this much opening time is raised to the advisor and the managers. */
    @WithDefault("2h")
    Duration supplementAnswerWithin();

    /** Largest photo or document accepted. */
    @WithDefault("10485760")
    int attachmentMaxBytes();
}

package io.pitstop.identity.service;

import io.pitstop.common.limits.Limit;
import io.pitstop.common.limits.LimitConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Proof of phone and the limits on signing up and logging in (PITSTOP_AUTH_*). */
@ConfigMapping(prefix = "pitstop.auth")
public interface AuthRules {

    /** How long a one-time code stays valid. */
    @WithDefault("PT10M")
    Duration codeTtl();

    /** Wrong entries of a code before it is dead. */
    @WithDefault("5")
    int codeAttempts();

    /** Codes per phone in a short window: also the wait before "send again". */
    @WithDefault("1/60s")
    @WithConverter(LimitConverter.class)
    Limit codeResend();

    /** Codes per phone in a longer window (SMS bombing of one number). */
    @WithDefault("5/1h")
    @WithConverter(LimitConverter.class)
    Limit codesPerPhone();

    /** Codes asked for from one client address (SMS bombing of many numbers). */
    @WithDefault("20/1h")
    @WithConverter(LimitConverter.class)
    Limit codesPerClient();

    /** Registration attempts from one client address. */
    @WithDefault("20/1h")
    @WithConverter(LimitConverter.class)
    Limit registrationsPerClient();

    /** Failed logins from one client address, whatever the phone (password spraying). */
    @WithDefault("30/15m")
    @WithConverter(LimitConverter.class)
    Limit loginFailuresPerClient();

    /**
     * Failed logins of one phone from all clients (a distributed guess). Beyond it, only devices the person has
     * logged in from before may still try, so a stranger cannot lock the owner out.
     */
    @WithDefault("20/15m")
    @WithConverter(LimitConverter.class)
    Limit loginFailuresPerPhone();
}

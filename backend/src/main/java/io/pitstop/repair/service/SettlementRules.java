package io.pitstop.repair.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the settlement document promises and accepts: warranties by line kind, the next service, the signature's size. */
@ConfigMapping(prefix = "pitstop.settlement")
public interface SettlementRules {

    /** Warranty on a billed part: months ... */
    @WithDefault("12")
    int partWarrantyMonths();

    /** ... or kilometres, whichever comes first. */
    @WithDefault("20000")
    int partWarrantyKm();

    /** Warranty on billed labour (the workmanship): months ... */
    @WithDefault("3")
    int labourWarrantyMonths();

    /** ... or kilometres, whichever comes first. */
    @WithDefault("5000")
    int labourWarrantyKm();

    /** The next service proposed at hand-over: this many months after it ... */
    @WithDefault("6")
    int nextServiceMonths();

    /** ... or this many kilometres beyond the mileage at reception, whichever comes first. */
    @WithDefault("5000")
    int nextServiceKm();

    /** Largest signature image accepted (bytes of the PNG). */
    @WithDefault("204800")
    int signatureMaxBytes();
}

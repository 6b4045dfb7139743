package io.pitstop.repair.rest;

/** What the repair resources share in the contract: one tag for the whole journey. */
final class RepairApi {

    static final String TAG = "Live repair";
    static final String TAG_DESCRIPTION = "Repair orders from reception to delivery: estimate approval, the workshop flow, progress, "
            + "delays, settlement, and their live event streams";

    private RepairApi() {
    }
}

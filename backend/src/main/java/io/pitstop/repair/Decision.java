package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The customer's decision on an estimate item")
public enum Decision {
    PENDING, APPROVED, DECLINED;
}

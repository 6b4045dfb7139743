package io.pitstop.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who an indicator is broken down by. */
@Schema(description = "shop: the whole shop; advisor, technician, agent (customer service), parts (the parts specialist): one row per person the items are attributed to")
public enum Scope {
    SHOP, ADVISOR, TECHNICIAN, AGENT, PARTS
}

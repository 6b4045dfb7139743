package io.pitstop.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Labour (quantity in hours) or a part (quantity in pieces)")
public enum ItemKind {
    LABOUR, PART;
}

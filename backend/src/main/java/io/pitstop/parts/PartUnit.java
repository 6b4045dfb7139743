package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a part is counted: PIECE (件), SET (套), LITRE (升), BOTTLE (瓶), METRE (米)")
public enum PartUnit {
    PIECE, SET, LITRE, BOTTLE, METRE
}

package io.pitstop.parts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "GENUINE: the brand's own part (原厂件); CERTIFIED: a brand-approved equivalent (认证件)")
public enum PartOrigin {
    GENUINE, CERTIFIED
}

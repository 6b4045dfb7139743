package io.pitstop.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the complaint came in")
public enum ComplaintChannel {
    APP, PHONE, WECHAT, WEB, ON_SITE;
}

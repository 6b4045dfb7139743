package io.pitstop.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Unread messages in the caller's inbox", requiredProperties = {"count"})
public record UnreadCount(@Schema(examples = "2") long count) {
}

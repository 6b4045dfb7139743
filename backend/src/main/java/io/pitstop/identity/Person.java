package io.pitstop.identity;

import io.pitstop.common.Language;

import java.util.UUID;

/**
 * Someone the shop knows (a customer or a member of staff) as the other capabilities see them: a value, never the
 * account entity. Their phone is where SMS go, their language what those SMS are written in.
 */
public record Person(UUID id, String name, String phone, Role role, boolean active, Language language) {

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }
}

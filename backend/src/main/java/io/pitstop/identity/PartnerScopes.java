package io.pitstop.identity;

import java.util.List;

/** The OAuth2 scopes a partner application can be granted. */
public final class PartnerScopes {

    public static final String BOOKINGS_READ = "bookings:read";
    public static final String BOOKINGS_WRITE = "bookings:write";
    public static final String REPAIRS_READ = "repairs:read";

    public static final List<String> ALL = List.of(BOOKINGS_READ, BOOKINGS_WRITE, REPAIRS_READ);

    private PartnerScopes() {
    }
}

package io.pitstop.identity;

import java.util.List;

/** The OAuth2 scopes a partner application can be granted. */
public final class PartnerScopes {

    public static final String BOOKINGS_READ = "bookings:read";
    public static final String BOOKINGS_WRITE = "bookings:write";
    public static final String REPAIRS_READ = "repairs:read";

    public static final List<String> ALL = List.of(BOOKINGS_READ, BOOKINGS_WRITE, REPAIRS_READ);

    /**
     * A granted scope as a role of the partner's identity ({@link io.pitstop.identity.service.PartnerScopeRoles}), so
     * that who may call an operation is declared in one place and one way: {@code @RolesAllowed} on the resource, e.g.
     * {@code @RolesAllowed({Role.ADVISOR_NAME, PartnerScopes.REPAIRS_READ_ROLE})}.
     */
    public static final String ROLE_PREFIX = "partner:";
    public static final String BOOKINGS_READ_ROLE = "partner:bookings:read";
    public static final String BOOKINGS_WRITE_ROLE = "partner:bookings:write";
    public static final String REPAIRS_READ_ROLE = "partner:repairs:read";

    private PartnerScopes() {
    }
}

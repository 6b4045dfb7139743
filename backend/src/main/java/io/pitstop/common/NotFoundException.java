package io.pitstop.common;

import java.util.Map;

/** The resource does not exist, or the caller may not know that it exists (another customer's data). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(404, "not-found", "Not found", what + " was not found", null);
    }

    /**
     * Said in the client's language: {@code what} is a code named in the bundles as {@code code.what.<what>}
     * ("repair-order" is 维修工单 / Repair order), {@code id} what the client asked for.
     */
    public NotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", Detail.of("problem.not-found", Map.of("what", what, "id", String.valueOf(id))), null);
    }
}

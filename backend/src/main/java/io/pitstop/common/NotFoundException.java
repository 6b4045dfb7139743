package io.pitstop.common;

/** The resource does not exist, or the caller may not know that it exists (another customer's data). */
public class NotFoundException extends DomainException {
    public NotFoundException(String what) {
        super(404, "not-found", "Not found", what + " was not found", null);
    }
}

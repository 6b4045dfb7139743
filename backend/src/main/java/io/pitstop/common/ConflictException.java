package io.pitstop.common;

/** The request is valid but clashes with the current state (a duplicate, an illegal transition). */
public class ConflictException extends DomainException {
    public ConflictException(String type, String detail) {
        super(409, type, "Conflict", detail, null);
    }

    public ConflictException(String type, Detail detail) {
        super(409, type, "Conflict", detail, null);
    }
}

package io.pitstop.common;

import java.util.List;

/** Input that passed the annotations but breaks a rule only the service can check. */
public class InvalidInputException extends DomainException {
    public InvalidInputException(String field, String message) {
        super(400, "validation", "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
    }
}

package io.pitstop.common;

import java.util.List;

/**
 * Input that passed the annotations but breaks a rule only the service can check. With a {@link Detail}, the reason is
 * said in the language the client asked for ({@code errors[].message} and {@code detail}); the field path stays as sent.
 */
public class InvalidInputException extends DomainException {

    private final String field;
    private final Detail reason;

    public InvalidInputException(String field, String message) {
        super(400, "validation", "Invalid request", field + ": " + message, List.of(new FieldError(field, message)));
        this.field = field;
        this.reason = null;
    }

    public InvalidInputException(String field, Detail reason) {
        super(400, "validation", "Invalid request", field + ": " + reason.in(Language.EN),
                List.of(new FieldError(field, reason.in(Language.EN))));
        this.field = field;
        this.reason = reason;
    }

    @Override
    public String detail(Language language) {
        return reason == null ? super.detail(language) : field + ": " + reason.in(language);
    }

    @Override
    public List<FieldError> errors(Language language) {
        return reason == null ? errors() : List.of(new FieldError(field, reason.in(language)));
    }
}

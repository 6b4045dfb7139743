package io.pitstop.common;

import java.util.List;

/**
 * A business-rule failure. Services throw the subclasses; {@link ProblemMapper} turns them into problems, once.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    protected DomainException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extra OAuth2 error code, for the token endpoint. */
    public String oauthError() {
        return null;
    }
}

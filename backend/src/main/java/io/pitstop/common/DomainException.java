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
    private final Detail detail;

    protected DomainException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.detail = null;
    }

    /** A failure whose detail is said in the client's language; the message (for logs) is its English text. */
    protected DomainException(int status, String type, String title, Detail detail, List<FieldError> errors) {
        super(detail.in(Language.EN), null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.detail = detail;
    }

    /** The detail as a person reading {@code language} should see it. */
    public String detail(Language language) {
        return detail == null ? getMessage() : detail.in(language);
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

    /** The invalid fields, their reasons said in {@code language}. */
    public List<FieldError> errors(Language language) {
        return errors;
    }

    /** Extra OAuth2 error code, for the token endpoint. */
    public String oauthError() {
        return null;
    }
}

package io.pitstop.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password rule, in one place: 8 to 72 characters (bcrypt's limit) with a letter and a digit. */
@Documented
@Constraint(validatedBy = {})
@NotNull
@Size(min = 8, max = 72, message = "{pitstop.password.length}")
@Pattern(regexp = "^(?=.*\\p{L})(?=.*\\d).*$", message = "{pitstop.password.mix}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Passwords {
    String message() default "{pitstop.password}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

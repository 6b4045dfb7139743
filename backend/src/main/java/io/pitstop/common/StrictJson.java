package io.pitstop.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON is read as the contract says, nothing looser: one JSON value per body; a field given twice is refused (which
 * one would count?); a string must be a JSON string (a bay is never named {@code true}), a number a JSON number (not
 * "12"), an integer a whole number, a boolean true or false (not "true"), a date one with a four-digit year; and no
 * string may hold a NUL character, which PostgreSQL cannot store, or half a surrogate pair, which is no text. Each is
 * a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // One JSON value per body: "{} trailing" is not a body with an empty object in it.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // An id is an id: "" is not "no photo" (Jackson would read it as null).
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("pitstop-strict-strings").addDeserializer(String.class, new Strings())
                .addDeserializer(java.time.LocalDate.class, new FourDigitYear<>(java.time.LocalDate.class,
                        com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE))
                .addDeserializer(java.time.OffsetDateTime.class, new FourDigitYear<>(java.time.OffsetDateTime.class,
                        com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.OFFSET_DATE_TIME)));
    }

    /**
     * Dates and times as RFC 3339 writes them, with a four-digit year: Java also reads "+999999999-12-31", a date
     * nothing can add a day to and PostgreSQL cannot store.
     */
    static final class FourDigitYear<T> extends StdScalarDeserializer<T> {
        private final com.fasterxml.jackson.databind.JsonDeserializer<T> parse;

        FourDigitYear(Class<T> type, com.fasterxml.jackson.databind.JsonDeserializer<T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && !Dates.fourDigitYear(p.getText())) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                        "must be a date with a four-digit year", p.getText(), handledType());
            }
            return parse.deserialize(p, ctxt);
        }
    }

    /** A string that holds a NUL character. */
    public static final class NulInString extends MismatchedInputException {
        NulInString(JsonParser p) {
            super(p, "must not contain a NUL character", String.class);
        }
    }

    /** A string that holds half of a UTF-16 surrogate pair: not text, and not stored as sent. */
    public static final class LoneSurrogateInString extends MismatchedInputException {
        LoneSurrogateInString(JsonParser p) {
            super(p, "must be valid Unicode text", String.class);
        }
    }

    /** Strings only from JSON strings, and never with a NUL in them. */
    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String s = p.getText();
                if (Texts.hasNul(s)) {
                    throw new NulInString(p);
                }
                if (Texts.hasLoneSurrogate(s)) {
                    throw new LoneSurrogateInString(p);
                }
                return s;
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}

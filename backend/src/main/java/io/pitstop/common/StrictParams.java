package io.pitstop.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query, header and form parameters that cannot be read are the caller's mistake: 400 naming the parameter, not the
 * 404 "no resource" that JAX-RS prescribes for a query parameter that fails conversion; so is a date in the path.
 * (A malformed id in the path stays a 404: no such resource.) Dates need a four-digit year ({@link Dates}).
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null && rawType == LocalDate.class) {
            // A date in the path (a closed day) is read as strictly as one in the query: 400 naming it.
            name = pathNameOf(annotations);
        }
        if (name == null) {
            return null;
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, v -> LocalDate.parse(Dates.checked(v)), "must be a date, YYYY-MM-DD (e.g. 2026-11-25)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, v -> OffsetDateTime.parse(Dates.checked(v)), "must be a time with its offset, e.g. 2026-11-25T09:30:00+08:00");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, StrictParams::bool, "must be true or false");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, v -> Enum.valueOf(type, v), "must be one of " + allowed);
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof org.jboss.resteasy.reactive.RestQuery q) {
                return q.value();
            }
            if (a instanceof org.jboss.resteasy.reactive.RestForm f) {
                return f.value();
            }
            if (a instanceof jakarta.ws.rs.FormParam f) {
                return f.value();
            }
        }
        return null;
    }

    private static String pathNameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof jakarta.ws.rs.PathParam p) {
                return p.value();
            }
            if (a instanceof org.jboss.resteasy.reactive.RestPath p) {
                return p.value();
            }
        }
        return null;
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    // A WebApplicationException passes through the framework untouched; the mapper reads its cause.
                    throw new WebApplicationException(new InvalidInputException(name, message), 400);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}

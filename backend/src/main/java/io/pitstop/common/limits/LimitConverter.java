package io.pitstop.common.limits;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads a {@link Limit} from configuration ({@code 10/1h}). */
public class LimitConverter implements Converter<Limit> {

    @Override
    public Limit convert(String value) {
        return value == null || value.isBlank() ? null : Limit.parse(value);
    }
}

package io.pitstop.repair.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a stream whose access is decided before the stream starts (by {@link LiveAccessFilter}): once an SSE
 * response has begun its status is 200, so a foreign order must be refused before that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LiveAccess {
}

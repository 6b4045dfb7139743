/**
 * What every capability builds on: problems (RFC 9457) and their texts, the clock, time and JSON helpers, job marks and
 * native statements of due work. It knows no capability.
 *
 * <p>The annotation declares the contract's standard problem answers as {@code components.responses}; SmallRye reads an
 * {@code @OpenAPIDefinition} only from a package or a JAX-RS application, hence here. {@link io.pitstop.common.ProblemResponses}
 * adds them to the operations.
 */
@OpenAPIDefinition(info = @Info(title = "Pitstop API", version = "1.0.0"), components = @Components(responses = {
        @APIResponse(name = io.pitstop.common.ProblemResponses.BAD_REQUEST, responseCode = "400",
                description = "Invalid request: the problem's errors[] names each field or parameter at fault",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class))),
        @APIResponse(name = io.pitstop.common.ProblemResponses.UNAUTHORIZED, responseCode = "401",
                description = "Not logged in, or the token is invalid, expired or no longer valid for this account",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class))),
        @APIResponse(name = io.pitstop.common.ProblemResponses.FORBIDDEN, responseCode = "403",
                description = "The caller's role does not allow this, or a partner application lacks the scope",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class))),
        @APIResponse(name = io.pitstop.common.ProblemResponses.NOT_FOUND, responseCode = "404",
                description = "No such resource, or not the caller's (another customer's data is never shown)",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class))),
        @APIResponse(name = io.pitstop.common.ProblemResponses.CONFLICT, responseCode = "409",
                description = "The resource's current state does not allow this; the problem's type says why",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class))),
        @APIResponse(name = io.pitstop.common.ProblemResponses.TOO_MANY_REQUESTS, responseCode = "429",
                description = "Too many requests: try again after the Retry-After header's seconds",
                content = @Content(mediaType = io.pitstop.common.Problem.MEDIA_TYPE, schema = @Schema(implementation = io.pitstop.common.Problem.class)))}))
package io.pitstop.common;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

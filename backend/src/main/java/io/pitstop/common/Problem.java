package io.pitstop.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details; every error answer of the API has this shape.", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "URI identifying the problem type", examples = "https://pitstop.dev/problems/validation")
        String type,
        @Schema(description = "Short, human-readable summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence, in the language the request asked for with Accept-Language (zh-CN when absent; en); `type` is the stable code to act on", examples = "phone: must be a mainland China mobile number or E.164")
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/auth/register")
        String instance,
        @Schema(description = "Identifier of the request, also in the X-Request-Id header and the server logs")
        String requestId,
        @Schema(description = "Machine-readable OAuth2 error code, on the token endpoint only", examples = "invalid_client")
        String error,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://pitstop.dev/problems/";
}

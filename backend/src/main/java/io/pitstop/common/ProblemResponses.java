package io.pitstop.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * The contract's error answers, declared once. Every error is an RFC 9457 problem, so resources do not repeat it:
 * <ul>
 *   <li>the standard answers are {@code components.responses} ({@code BadRequest}, {@code Unauthorized},
 *   {@code Forbidden}, {@code NotFound}, {@code Conflict}, {@code TooManyRequests});</li>
 *   <li>each operation gets the ones that follow from its shape: 400 when it takes parameters or a body, 401 and 403
 *   when it needs a token, 404 when its path names a resource;</li>
 *   <li>an operation declares only what is particular to it (a 409 and when it happens, a 429, or a sharper wording of a
 *   standard answer) with a description and no content: the problem body is filled in here.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                complete(path, item, e.getValue());
            }
        });
    }

    private static void complete(String path, PathItem item, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        // What the operation declared itself: a problem body where it gave none.
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.length() == 3 && (code.startsWith("4") || code.startsWith("5")) && response.getRef() == null
                    && response.getContent() == null) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
            }
        });
        boolean input = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (input) {
            standard(responses, "400", BAD_REQUEST);
        }
        if (secured) {
            standard(responses, "401", UNAUTHORIZED);
            standard(responses, "403", FORBIDDEN);
        }
        if (path.contains("{")) {
            standard(responses, "404", NOT_FOUND);
        }
    }

    private static void standard(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}

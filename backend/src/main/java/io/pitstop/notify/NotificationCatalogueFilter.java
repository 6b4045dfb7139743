package io.pitstop.notify;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Publishes the notification catalogue in the contract: the {@code NotificationKind} schema carries, for each kind, the
 * parameters its messages always have ({@code x-required-params}), read from the enum so they cannot drift apart.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NotificationCatalogueFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema kind = openAPI.getComponents().getSchemas().get("NotificationKind");
        if (kind == null) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (NotificationKind k : NotificationKind.values()) {
            params.put(k.name(), k.required());
        }
        kind.addExtension("x-required-params", params);
    }
}

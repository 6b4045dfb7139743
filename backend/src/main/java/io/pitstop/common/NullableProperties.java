package io.pitstop.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says in the contract which properties may be null. The API writes every property of an answer, an absent value as
 * {@code null} (no inclusion filter), and reads {@code null} for a property a request need not give; a property its
 * schema does not require is therefore "may be null", and the contract says so the OpenAPI 3.1 way —
 * {@code type: [string, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} for a referenced schema — so that the
 * SPA's generated types and partner clients read {@code | null}, and the fuzz test does not call a null there wrong.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableProperties implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(NullableProperties::mark);
        }
    }

    private static void mark(Schema schema) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            properties.forEach((name, property) -> {
                if (!required.contains(name)) {
                    nullable(property);
                }
                mark(property);
            });
        }
        mark(schema.getItems());
    }

    private static void nullable(Schema property) {
        if (property.getRef() != null) {
            Schema target = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setType(null);
            property.setAnyOf(new ArrayList<>(List.of(target, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        } else if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(property.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
        }
    }
}

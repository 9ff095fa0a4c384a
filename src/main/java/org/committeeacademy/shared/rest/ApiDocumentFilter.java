package org.committeeacademy.shared.rest;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Finishes the OpenAPI document in one place instead of on every method: the error answers each operation can give
 * (400 with a body or query, 401 and 403 when it needs an account, 404 with an id in the path, 409 for changes),
 * the success answer Payara infers from the return type (its {@code default}) becomes a real status, and Payara's
 * own additions that a standard validator rejects (a top-level {@code endpoints} member, a server named after the
 * request) are dropped.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Pattern TEMPLATE_EXPRESSION = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> complete(method, operation));
        return pathItem;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ApiDocument.complete(openAPI);
        // Payara lists the application's paths under "endpoints", which OpenAPI 3 does not allow at the top level
        try {
            Object endpoints = openAPI.getClass().getMethod("getEndpoints").invoke(openAPI);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (ReflectiveOperationException e) {
            // another implementation has no such member: nothing to remove
        }
        withoutRegularExpressions(openAPI.getPaths());
        ApiDocument.describeTags(openAPI);
        // the paths start with /api/v1, relative to the address the document was read from
        openAPI.servers(List.of(OASFactory.createServer()
                .url("/")
                .description("the Committee Academy instance that serves this document")));
    }

    /** JAX-RS templates like {@code {file: .+}} are {@code {file}} in OpenAPI. */
    private static void withoutRegularExpressions(Paths paths) {
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            String plain = TEMPLATE_EXPRESSION.matcher(path).replaceAll("{$1}");
            if (!plain.equals(path)) {
                PathItem item = paths.getPathItem(path);
                paths.removePathItem(path);
                paths.addPathItem(plain, item);
            }
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.responses(responses);
        }
        successFromDefault(responses);
        if (method == PathItem.HttpMethod.GET && isList(responses.getAPIResponse("200"))) {
            paged(operation, responses.getAPIResponse("200"));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean input = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (input) {
            error(responses, "400");
        }
        if (!isPublic(operation)) {
            error(responses, "401");
            error(responses, "403");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            error(responses, "404");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "409");
        }
    }

    /**
     * A JSON array answer ({@link ListPages} pages every one of them; the series list is written as text, one short
     * list, and not paged).
     */
    private static boolean isList(APIResponse ok) {
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        var json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Schema schema = json == null ? null : json.getSchema();
        return schema != null
                && (schema.getType() == Schema.SchemaType.ARRAY
                        || (schema.getRef() != null && schema.getRef().endsWith("/WorksheetList")));
    }

    /** The paging parameters and headers of {@link ListPages}, documented on each list. */
    private static void paged(Operation operation, APIResponse ok) {
        operation.addParameter(OASFactory.createParameter()
                .name("page")
                .in(Parameter.In.QUERY)
                .description("The page, from 1; with it or size only that page is answered")
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ONE)));
        operation.addParameter(OASFactory.createParameter()
                .name("size")
                .in(Parameter.In.QUERY)
                .description("Entries per page (default " + ListPages.DEFAULT_SIZE + ")")
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(ListPages.MAX_SIZE))));
        ok.addHeader(
                ListPages.TOTAL,
                OASFactory.createHeader()
                        .description("How many entries the whole list has")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        ok.addHeader(
                "Link",
                OASFactory.createHeader()
                        .description("With page or size: RFC 8288 links first, prev, next and last")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }

    /** Payara answers {@code default} with the return type's schema: 200 with it, or 204 for no body. */
    private static void successFromDefault(APIResponses responses) {
        APIResponse inferred = responses.getDefaultValue();
        if (inferred == null) {
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean declared = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (declared) {
            return;
        }
        Content content = inferred.getContent();
        if (content == null || content.getMediaTypes().isEmpty()) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no body"));
        } else {
            responses.addAPIResponse("200", inferred.description("OK"));
        }
    }

    private static void error(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + ApiDocument.ERRORS.get(status)));
        }
    }

    /** An operation marked {@code @SecurityRequirementsSet} without requirements is open to anyone. */
    private static boolean isPublic(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null
                && !security.isEmpty()
                && security.stream()
                        .allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    }

    /**
     * Payara copies every default of a {@code @Schema} annotation into the document; {@code maxProperties: 0} would
     * even say that an object has no properties. Unset values are dropped.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        ApiExamples.fill(schema);
        return schema;
    }
}

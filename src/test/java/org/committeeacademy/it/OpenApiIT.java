package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live OpenAPI document (/openapi) passes a standard validator (swagger-parser), describes every operation well
 * enough for a client generator, and equals the checked-in copy the build generates the test client from.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    static final Path COPY = Path.of("src/test/resources/openapi/committee-academy.json");
    static final Path LIVE = Path.of("target/openapi/committee-academy.json");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void ready() throws Exception {
        Deployments.awaitAnswering(base);
    }

    private String document(String accept) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                                .header("Accept", accept)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(document, null, options);
    }

    @Test
    void theDocumentPassesAStandardValidatorAsJsonAndYaml() throws Exception {
        for (String accept : List.of("application/json", "*/*")) {
            String document = document(accept);
            assertTrue(document.startsWith(accept.equals("*/*") ? "openapi:" : "{"), document);
            SwaggerParseResult result = parse(document);
            assertTrue(result.getMessages().isEmpty(), accept + ": " + result.getMessages());
            OpenAPI api = result.getOpenAPI();
            assertEquals("Committee Academy API", api.getInfo().getTitle());
            assertFalse(api.getInfo().getVersion().isBlank());
            assertEquals(
                    "basic",
                    api.getComponents().getSecuritySchemes().get("basicAuth").getScheme());
            assertEquals(
                    "bearer",
                    api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme());
        }
        assertFalse(document("application/json").contains("\"endpoints\""), "Payara's endpoints member is gone");
    }

    @Test
    void everyOperationHasASummaryATagAndADescribedSuccess() throws Exception {
        OpenAPI api = parse(document("application/json")).getOpenAPI();
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String name = entry.getKey() + " " + path.getKey();
                Operation operation = entry.getValue();
                if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                    faults.add(name + ": no summary");
                }
                if (operation.getTags() == null || operation.getTags().isEmpty()) {
                    faults.add(name + ": no tag");
                }
                if (operation.getResponses().containsKey("default")) {
                    faults.add(name + ": a default response");
                }
                List<String> successes = operation.getResponses().keySet().stream()
                        .filter(code -> code.startsWith("2"))
                        .toList();
                if (successes.size() != 1) {
                    faults.add(name + ": success answers " + successes);
                }
                for (var response : operation.getResponses().entrySet()) {
                    faults.addAll(schemaFaults(name + " " + response.getKey(), response.getValue()));
                }
            }
        }
        assertTrue(operations > 100, "operations: " + operations);
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /** A response with a body names a schema that is more than an empty object; 204 has no body. */
    private static List<String> schemaFaults(String name, ApiResponse response) {
        if (response.get$ref() != null) {
            return List.of();
        }
        if (name.endsWith(" 204") || name.endsWith(" 202")) {
            return response.getContent() == null ? List.of() : List.of(name + ": a body on an answer without one");
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
            return List.of(name + ": no content");
        }
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, MediaType> media : response.getContent().entrySet()) {
            var schema = media.getValue().getSchema();
            boolean described = schema != null
                    && (schema.get$ref() != null
                            || schema.getItems() != null
                            || schema.getProperties() != null
                            || "string".equals(schema.getType()));
            if (!described) {
                faults.add(name + " " + media.getKey() + ": schema " + schema);
            }
        }
        return faults;
    }

    /**
     * The test client is generated from the checked-in copy; a change to the API must refresh it. After a failure:
     * {@code cp target/openapi/committee-academy.json src/test/resources/openapi/committee-academy.json}.
     */
    @Test
    void theLiveDocumentEqualsTheCheckedInCopy() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode live = mapper.readTree(document("application/json"));
        Files.createDirectories(LIVE.getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(LIVE.toFile(), live);
        JsonNode copy = mapper.readTree(COPY.toFile());
        // the version changes with every release without changing the API
        ((ObjectNode) live.get("info")).remove("version");
        ((ObjectNode) copy.get("info")).remove("version");
        assertEquals(
                copy,
                live,
                "The live /openapi differs from " + COPY + ", which the test client is generated from. Refresh it: cp "
                        + LIVE + " " + COPY + " (then check the diff and run the build again)");
    }

    static URI api(URL base) throws Exception {
        return base.toURI().resolve("/");
    }
}

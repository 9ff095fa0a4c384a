package org.committeeacademy.shared.rest;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What every operation of the OpenAPI document ({@code /openapi}) shares, in one place: title, version, the two ways
 * to sign in, the problem JSON of every error and the error answers that {@link ApiDocumentFilter} attaches. The
 * operations themselves come from the annotations on the resources. (Not an {@code OASModelReader}: Payara would let
 * a model reader's document replace the schemas configured in microprofile-config.properties.)
 */
final class ApiDocument {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** The error answers by status; the filter refers to them as {@code #/components/responses/<name>}. */
    static final Map<String, String> ERRORS = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "409", "Conflict");

    private static final Map<String, String> TAG_DESCRIPTIONS = Map.ofEntries(
            Map.entry("Accounts and sign-in", "Accounts, invitations, registrations, passwords, API tokens"),
            Map.entry("Attendance", "Attendance sheets and apologies for sessions"),
            Map.entry("Backups", "The database backups (admins)"),
            Map.entry("Calendars", "Sessions as iCalendar and personal calendar feeds"),
            Map.entry("Certificates", "Certificates of participation and their public verification"),
            Map.entry("Cohorts", "Cohorts (course runs) of a series and their sessions"),
            Map.entry("Committees", "The municipal committees members belong to"),
            Map.entry("Council information", "Meetings and papers from a committee's council information system"),
            Map.entry("Curriculum", "The series and modules of the curriculum (open to anyone)"),
            Map.entry("Dashboard", "The dashboard's tables as CSV or Excel"),
            Map.entry("Enrolments", "Enrolments, waiting lists and rosters"),
            Map.entry("Goals", "Members' goals and their check-ins"),
            Map.entry("Materials", "Files and links shared with a cohort"),
            Map.entry("Notifications", "The mail outbox (admins)"),
            Map.entry("Organisations", "The organisations (adult education centres) and their logos"),
            Map.entry("Privacy", "Export and erasure of one's personal data"),
            Map.entry("Progress", "A member's progress through the curriculum"),
            Map.entry("Projects", "Members' projects with updates, photos and check-ins"),
            Map.entry("Surveys", "Feedback surveys and their results"),
            Map.entry("Venues", "The organisations' venues and rooms"),
            Map.entry("VHS exchange format", "Cohorts and participants for a VHS course administration (CSV/XLSX)"),
            Map.entry("Webhooks", "Signed event deliveries to registered HTTPS endpoints"),
            Map.entry("Worksheets", "Module worksheets, their submission and review"));

    private static final String DESCRIPTION = """
            The REST API of Committee Academy: cohorts and their sessions, enrolments, attendance, certificates, \
            worksheets, goals and the organisations' venues. Sign in with HTTP Basic (e-mail and password) or with \
            an API token as a Bearer token (create one under "My account → API tokens" or with POST /api/v1/tokens). \
            Every error answers application/problem+json. Staff see and change only their own organisation's \
            objects; another organisation's objects answer 404. See docs/integrating.md.""";

    private ApiDocument() {}

    /** Adds the shared parts to the document Payara built from the annotations. */
    static void complete(OpenAPI document) {
        document.openapi("3.0.3")
                .info(OASFactory.createInfo()
                        .title("Committee Academy API")
                        .description(DESCRIPTION)
                        .version(version())
                        .license(OASFactory.createLicense().name("Proprietary")))
                .security(List.of(
                        OASFactory.createSecurityRequirement().addScheme(BASIC),
                        OASFactory.createSecurityRequirement().addScheme(BEARER)));
        if (document.getComponents() == null) {
            document.components(OASFactory.createComponents());
        }
        document.getComponents()
                .addSecurityScheme(
                        BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("The account's e-mail address and password"))
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("API token")
                                .description("An API token of the account (POST /api/v1/tokens)"))
                .addSchema("Problem", problem())
                // Payara drops the items of an array given in an annotation; these lists are named here instead
                .addSchema("SeriesList", listOf("Series"))
                .addSchema("WorksheetList", listOf("Worksheet"))
                .addSchema("CurriculumModule", module())
                .addSchema("FieldError", fieldError())
                .addResponse(ERRORS.get("400"), error("The request is invalid; errors names each field", 400))
                .addResponse(ERRORS.get("401"), error("Wrong or missing credentials", 401))
                .addResponse(ERRORS.get("403"), error("The account's role may not do this", 403))
                .addResponse(
                        ERRORS.get("404"),
                        error("No such object, or one of another organisation (never revealed)", 404))
                .addResponse(ERRORS.get("409"), error("The object's state does not allow this (now)", 409));
    }

    /** One entry per tag (Payara lists a tag once per resource class), each with what the feature is about. */
    static void describeTags(OpenAPI document) {
        List<Tag> tags = document.getTags() == null ? List.of() : document.getTags();
        Map<String, Tag> unique = new TreeMap<>();
        tags.forEach(tag -> unique.putIfAbsent(
                tag.getName(),
                OASFactory.createTag()
                        .name(tag.getName())
                        .description(TAG_DESCRIPTIONS.getOrDefault(tag.getName(), tag.getDescription()))));
        document.tags(List.copyOf(unique.values()));
    }

    /** A module as {@code GET /modules/{key}} writes it (built as JSON there, so it is described here). */
    private static Schema module() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema number = OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        Schema objects = OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("A curriculum module in the language of ?lang=")
                .addProperty("key", text)
                .addProperty("version", number)
                .addProperty("title", text)
                .addProperty("summary", text)
                .addProperty("durationMinutes", number)
                .addProperty(
                        "objectives",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(text))
                .addProperty("agenda", objects)
                .addProperty("materials", objects)
                .addProperty("worksheets", objects);
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457 style); detail is written for a person, in the account's language")
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .example(400))
                .addProperty(
                        "title",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).example("Bad Request"))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .example("Please check the marked fields."))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("status", "title", "detail"));
    }

    private static Schema listOf(String schema) {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/" + schema));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty(
                        "field",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).example("title"))
                .addProperty(
                        "message",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).example("Please enter a title."))
                .required(List.of("field", "message"));
    }

    private static APIResponse error(String description, int status) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problems.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                        .example(Map.of(
                                                "status",
                                                status,
                                                "title",
                                                Response.Status.fromStatusCode(status)
                                                        .getReasonPhrase(),
                                                "detail",
                                                description))));
    }

    /** The build's version ({@code build.properties} is filtered by Maven). */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocument.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}

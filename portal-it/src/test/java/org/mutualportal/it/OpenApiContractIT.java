package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualportal.core.testing.ApiCalls;
import org.mutualportal.testing.PortalServer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The data-exchange contract as the management system's developers get it: the {@code /openapi} document of the
 * assembled WAR (every module's resources), validated as OpenAPI 3.0 by swagger-parser — the parser
 * openapi-generator reads it with — and compared with what Jersey really deployed (its WADL), so that a resource
 * method cannot be missing from the contract, nor a described one missing from the portal; and compared with the
 * checked-in contract ({@code docs/api/openapi-v1.json}, see {@link ApiContract}) that GeneratedClientIT's client
 * is generated from.
 */
@ExtendWith(PortalServer.class)
class OpenApiContractIT {

    private static String document;
    private static JsonObject openapi;
    private static ApiCalls api;

    @BeforeAll
    static void fetchTheDocument() {
        api = ApiCalls.asDemoClient(PortalServer.base());
        ApiCalls.Answer answer = api.get("openapi?format=JSON");
        assertThat(answer.status()).isEqualTo(200);
        document = answer.body();
        openapi = Json.createReader(new StringReader(document)).readObject();
    }

    @Test
    void theServedDocumentIsValidOpenApi30() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0.");
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes().get("client-systeme").getScheme())
                .isEqualTo("basic");
    }

    /**
     * What a validator lets through but a generated client gets wrong: Payara's copies of annotation defaults, a
     * type its Java class gave against the format, a default or an example of another JSON type, an array of
     * unknown items.
     */
    @Test
    void noSchemaSaysSomethingTheApiDoesNotMean() {
        List<String> problems = new ArrayList<>();
        schemas(openapi, "", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationHasAUniqueOperationIdATagAndDescribedAnswers() {
        List<String> ids = new ArrayList<>();
        operations().forEach((key, operation) -> {
            ids.add(operation.getString("operationId", key + " has no operationId"));
            assertThat(operation.getJsonArray("tags")).as(key + " tags").isNotEmpty();
            operation.getJsonObject("responses").forEach((code, response) -> {
                assertThat(response.asJsonObject().getString("description", "")).as(key + " " + code).isNotBlank();
                if (code.startsWith("4") && !"422".equals(code) || code.startsWith("5")) {
                    assertThat(response.asJsonObject().toString()).as(key + " " + code + " is an Error")
                            .contains("#/components/schemas/Error");
                }
            });
            assertThat(operation.getJsonObject("responses")).as(key).containsKey("401");
        });

        assertThat(ids).doesNotHaveDuplicates().contains("importMembers", "importMemberships", "importBeneficiaries",
                "importPayments", "importOffers", "importContractTerms", "importContributions", "importCareItems",
                "importBenefitUsage", "listRequests", "acknowledgeRequest", "setRequestStatus", "downloadAttachment");
    }

    /**
     * The checked-in contract ({@code docs/api/openapi-v1.json}, from which the build generates a client) is what
     * the portal serves: a change of the API that nobody meant fails here. On a difference, the served document
     * is written in the contract's form next to the test reports, and the message says how to take it.
     */
    @Test
    void theServedDocumentIsTheCheckedInContract() throws IOException {
        JsonValue served = ApiContract.normalised(openapi);
        Path contract = Path.of(System.getProperty("portal.openapi.contract"));
        JsonValue checkedIn = Files.exists(contract) ? ApiContract.read(contract) : JsonValue.EMPTY_JSON_OBJECT;
        List<String> differences = ApiContract.differences("", checkedIn, served);
        if (!differences.isEmpty()) {
            Path written = Path.of(System.getProperty("portal.openapi.served"));
            Files.createDirectories(written.getParent());
            Files.writeString(written, ApiContract.text(served), StandardCharsets.UTF_8);
            fail("The served /openapi is not the checked-in contract " + contract.normalize() + " ("
                    + differences.size() + " differences; first ones below). If the change is meant and compatible "
                    + "(docs/data-exchange.md, \"Compatible changes\"), take the served document:\n    cp "
                    + written + " " + contract.normalize() + "\nthen review it with git diff; an incompatible change "
                    + "is a new /api/v2.\n" + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
        }
    }

    /** Jersey's WADL lists the resource methods the WAR really deployed, module ones included. */
    @Test
    void everyDeployedResourceMethodIsDescribedAndEveryDescribedOneIsDeployed() throws Exception {
        ApiCalls.Answer wadl = api.get("api/application.wadl");
        assertThat(wadl.status()).isEqualTo(200);
        Set<String> deployed = new TreeSet<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList methods = factory.newDocumentBuilder().parse(new ByteArrayInputStream(wadl.bytes()))
                .getElementsByTagNameNS("*", "method");
        for (int i = 0; i < methods.getLength(); i++) {
            Element method = (Element) methods.item(i);
            StringBuilder path = new StringBuilder();
            for (var node = method.getParentNode(); node instanceof Element resource
                    && "resource".equals(resource.getLocalName()); node = node.getParentNode()) {
                path.insert(0, "/" + resource.getAttribute("path").replaceAll("^/+|/+$", ""));
            }
            String verb = method.getAttribute("name");
            if (!"OPTIONS".equals(verb) && !"HEAD".equals(verb)) {
                deployed.add(verb + " /api" + path);
            }
        }

        assertThat(deployed).hasSizeGreaterThanOrEqualTo(13);
        assertThat(operations().keySet()).isEqualTo(deployed);
    }

    /** Without path parameters, an operation is called for real (an empty batch imports nothing). */
    @Test
    void everyDescribedOperationAnswersTheSystemClient() {
        operations().keySet().stream().filter(key -> !key.contains("{")).forEach(key -> {
            String path = key.substring(key.indexOf(' ') + 2);
            int status = key.startsWith("GET ") ? api.get(path).status() : api.post(path, "[]").status();
            assertThat(status).as(key).isEqualTo(200);
        });
    }

    /** {@code "POST /api/v1/members"} → the operation. */
    private static Map<String, JsonObject> operations() {
        return openapi.getJsonObject("paths").entrySet().stream().flatMap(path -> path.getValue().asJsonObject()
                .entrySet().stream().filter(e -> Set.of("get", "put", "post", "delete", "patch").contains(e.getKey()))
                .map(e -> Map.entry(e.getKey().toUpperCase() + " " + path.getKey(), e.getValue().asJsonObject())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    private static void schemas(JsonValue value, String where, List<String> problems) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                schemas(array.get(i), where + "/" + i, problems);
            }
            return;
        }
        if (!(value instanceof JsonObject node)) {
            return;
        }
        if (node.containsKey("type") && node.get("type") instanceof JsonString type) {
            check(node, type.getString(), where, problems);
        }
        node.forEach((key, child) -> schemas(child, where + "/" + key, problems));
    }

    private static void check(JsonObject schema, String type, String where, List<String> problems) {
        for (String size : List.of("maxProperties", "minProperties", "minLength", "minItems")) {
            if (schema.get(size) instanceof JsonNumber n && n.intValue() == 0) {
                problems.add(where + ": " + size + " 0");
            }
        }
        for (String bound : List.of("Maximum", "Minimum")) {
            if (schema.containsKey("exclusive" + bound) && !schema.containsKey(bound.toLowerCase())) {
                problems.add(where + ": exclusive" + bound + " without " + bound.toLowerCase());
            }
        }
        String format = schema.getString("format", "");
        if (Set.of("date", "date-time").contains(format) && !"string".equals(type)
                || Set.of("int32", "int64").contains(format) && !"integer".equals(type)) {
            problems.add(where + ": " + type + " of format " + format);
        }
        if ("array".equals(type) && schema.containsKey("properties")) {
            problems.add(where + ": array with properties");
        }
        if ("array".equals(type) && (!schema.containsKey("items")
                || "array".equals(schema.getJsonObject("items").getString("type", ""))
                && !schema.getJsonObject("items").containsKey("items"))) {
            problems.add(where + ": array of unknown items");
        }
        for (String example : List.of("default", "example")) {
            JsonValue v = schema.get(example);
            boolean wrong = v != null && switch (type) {
                case "boolean" -> v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE;
                case "integer", "number" -> v.getValueType() != JsonValue.ValueType.NUMBER;
                case "string" -> v.getValueType() != JsonValue.ValueType.STRING;
                default -> false;
            };
            if (wrong) {
                problems.add(where + ": " + example + " " + v + " of a " + type);
            }
        }
        if ("object".equals(type) && schema.containsKey("example") && !schema.containsKey("properties")
                && schema.get("example").getValueType() == JsonValue.ValueType.STRING) {
            problems.add(where + ": object with a text example " + schema.get("example"));
        }
    }
}

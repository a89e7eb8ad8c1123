package org.mutualportal.core.exchange;

import java.math.BigDecimal;
import java.util.LinkedList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every import operation of the API the same documented behaviour, written once: an operation with an
 * {@code atomic} parameter (the mark of {@link ImportRunner}) gets the batch semantics as description, the 422
 * answer (atomic batch refused, with the batch report), the 400, 401 and 413 answers (with the error body) and
 * the description of {@code atomic}. Each resource then declares only what is its own — path, summary, record
 * schema — and cannot forget a status the toolkit answers for all. Registered with {@code mp.openapi.filter}.
 *
 * <p>It also makes Payara's model a valid OpenAPI 3.0 document, whatever module brought the schema (see
 * {@link #filterSchema}): Payara 6 (MicroProfile OpenAPI 3.1, which models OpenAPI 3.0.x) copies every default
 * of a {@code @Schema} annotation into the model ({@code maxProperties: 0} — an object that may hold no
 * property —, {@code minLength: 0}, {@code exclusiveMaximum: false} without a maximum…), writes a default or an
 * example as text whatever the type ({@code default: "false"}), and adds a root field {@code endpoints} that
 * OpenAPI does not allow. The contract test (OpenApiContractIT in portal-it) validates the served document.
 */
public class ApiDocsFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocsFilter.class.getName());

    private static final String ERROR = "Error";

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropPayaraEndpoints(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean errorSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(ERROR);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> {
                    document(operation, errorSchema);
                    unauthorized(operation, errorSchema);
                    errorBodies(operation, errorSchema);
                });
            }
        }
        referToComponents(openAPI);
        dropFormBeans(openAPI);
    }

    /** A path parameter is always required (OpenAPI), whatever {@code @Parameter}'s default said. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    /**
     * Removes what an annotation's defaults put in the model and no author meant: a bound of 0 on a size
     * ({@code maxProperties: 0} would forbid every property), {@code false} flags that only restate OpenAPI's
     * defaults, an exclusive bound without its bound. Gives an enumeration without type the type of its values,
     * and defaults, examples and enumerations the JSON type of their schema ({@code "100"} of an integer becomes
     * 100). Payara calls it for every schema of the model, nested ones included.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (isZero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (isZero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (isZero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (isZero(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (!Boolean.TRUE.equals(schema.getExclusiveMaximum()) || schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (!Boolean.TRUE.equals(schema.getExclusiveMinimum()) || schema.getMinimum() == null) {
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
        typeOfFormat(schema);
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getProperties() != null) {
            schema.setProperties(null); // Payara copies the item's properties onto the array itself
        }
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT
                && schema.getType() != Schema.SchemaType.ARRAY && schema.getProperties() != null
                && !schema.getProperties().isEmpty()) {
            // Payara merged another class's schema into this one (a file's type = STRING, format = binary got
            // an address's properties and description): neither is this value's
            schema.setProperties(null);
            schema.setDescription(null);
        }
        List<Object> values = schema.getEnumeration();
        if (schema.getType() == null && schema.getRef() == null && values != null && !values.isEmpty()
                && values.stream().allMatch(String.class::isInstance)) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (schema.getType() != null) {
            schema.setDefaultValue(typed(schema.getDefaultValue(), schema.getType()));
            schema.setExample(typed(schema.getExample(), schema.getType()));
            if (values != null) {
                schema.setEnumeration(values.stream().map(v -> typed(v, schema.getType())).toList());
            }
        }
        return schema;
    }

    /**
     * Payara types a property by its Java class and keeps the annotation's format only: a {@code LocalDate}
     * comes out as an object of format {@code date}, a {@code long} as a number of format {@code int64}. The
     * format says what the JSON is, so it gives the type.
     */
    private static void typeOfFormat(Schema schema) {
        String format = schema.getFormat();
        if (format == null || schema.getRef() != null) {
            return;
        }
        switch (format) {
            case "date", "date-time", "binary", "byte" -> schema.setType(Schema.SchemaType.STRING);
            case "int32", "int64" -> schema.setType(Schema.SchemaType.INTEGER);
            default -> {
                // a format of the schema's own type
            }
        }
    }

    private static boolean isZero(Number number) {
        return number != null && number.intValue() == 0;
    }

    /** The value as JSON of the schema's type when it was written as text; anything else as it is. */
    private static Object typed(Object value, Schema.SchemaType type) {
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            return switch (type) {
                case BOOLEAN -> "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text) : value;
                case INTEGER -> Long.valueOf(text);
                case NUMBER -> new BigDecimal(text);
                default -> value;
            };
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    /**
     * A schema written {@code @Schema(implementation = X.class)} (or {@code type = ARRAY} of it) becomes a
     * {@code $ref} to X's component, as a generator needs it to name one class per record ({@code Member},
     * {@code BatchReport}) instead of one per operation ({@code ImportMembersRequestInner}). Payara instead copies
     * the component into the schema — or, when its scan meets the class after the resource, writes a bare
     * {@code object}: then the contract depended on the order of the classes in a JAR. Payara's schema keeps the
     * class name ({@code getImplementation}, no MicroProfile getter: read by reflection).
     */
    private static void referToComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> referInside(schema, components, seen));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    refer(operation.getRequestBody().getContent(), components, seen);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> refer(response.getContent(), components, seen));
                }
            }
        }
    }

    private static void refer(Content content, Map<String, Schema> components, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> media.setSchema(referred(media.getSchema(), components, seen)));
        }
    }

    /** The schema, or a {@code $ref} to the component it copies; an array's items likewise. */
    private static Schema referred(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || schema.getRef() != null) {
            return schema;
        }
        String component = componentOf(schema, components);
        if (component != null) {
            Schema ref = OASFactory.createSchema().ref(COMPONENT_SCHEMAS + component);
            if (schema.getType() != Schema.SchemaType.ARRAY) {
                return ref;
            }
            schema.setItems(ref);
            return schema;
        }
        referInside(schema, components, seen);
        return schema;
    }

    private static void referInside(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (!seen.add(schema)) {
            return;
        }
        if (schema.getItems() != null) {
            schema.setItems(referred(schema.getItems(), components, seen));
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, referred(property, components, seen)));
            schema.setProperties(properties);
        }
    }

    /** The component named by the class a Payara schema was built from, if it is one. */
    private static String componentOf(Schema schema, Map<String, Schema> components) {
        if (schema.getType() != null && schema.getType() != Schema.SchemaType.OBJECT
                && schema.getType() != Schema.SchemaType.ARRAY) {
            return null;
        }
        String className;
        try {
            className = (String) schema.getClass().getMethod("getImplementation").invoke(schema);
        } catch (NoSuchMethodException notPayara) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Could not read the class of an OpenAPI schema", unexpected);
            return null;
        }
        if (className == null || className.isBlank()) {
            return null;
        }
        try {
            Class<?> type = Class.forName(className.replace("[]", ""), false, ApiDocsFilter.class.getClassLoader());
            org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            String name = annotation != null && !annotation.name().isBlank() ? annotation.name() : type.getSimpleName();
            return components.containsKey(name) ? name : null;
        } catch (ClassNotFoundException | LinkageError notOurs) {
            return null;
        }
    }

    /**
     * Payara (6.2025) adds a root field {@code endpoints} (its list of application paths) that OpenAPI 3.0 does
     * not allow, and a validating client refuses. It is set on Payara's model class before the filter runs and
     * has no MicroProfile setter: emptied by reflection (an empty map is not written; null would break Payara's
     * merge of the applications' documents).
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (NoSuchMethodException notPayara) {
            // another implementation (or a Payara that no longer adds it): nothing to remove
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Could not remove Payara's endpoints field from the OpenAPI document", unexpected);
        }
    }

    /**
     * Payara puts in the components every class of the WAR with Bean Validation annotations, the web pages' form
     * beans included, which are not part of the API. A component schema is kept when an operation or another
     * kept schema names it, or when its author described it (a request payload a module publishes, which no
     * operation names because the feed's payload differs by request type).
     */
    private static void dropFormBeans(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<Schema> toVisit = new LinkedList<>(); // takes the nulls of absent parts
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> roots(item, toVisit));
        }
        Set<String> kept = new HashSet<>(Set.of(ERROR));
        schemas.forEach((name, schema) -> {
            if (schema.getDescription() != null && !schema.getDescription().isBlank()) {
                kept.add(name);
                toVisit.add(schema);
            }
        });
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT_SCHEMAS) && kept.add(ref.substring(COMPONENT_SCHEMAS.length()))) {
                toVisit.add(schemas.get(ref.substring(COMPONENT_SCHEMAS.length())));
            }
            if (schema.getProperties() != null) {
                toVisit.addAll(schema.getProperties().values());
            }
            toVisit.add(schema.getItems());
            toVisit.add(schema.getNot());
            if (schema.getAdditionalPropertiesSchema() != null) {
                toVisit.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    toVisit.addAll(composed);
                }
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !kept.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /** The schemas an operation names directly: parameters, request body, responses. */
    private static void roots(PathItem item, Deque<Schema> toVisit) {
        if (item.getOperations() == null) {
            return;
        }
        for (Operation operation : item.getOperations().values()) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> toVisit.add(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                schemas(operation.getRequestBody().getContent(), toVisit);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> schemas(r.getContent(), toVisit));
            }
        }
    }

    private static void schemas(Content content, Deque<Schema> toVisit) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> toVisit.add(media.getSchema()));
        }
    }

    /** Every error answer of the API is the JSON {@link ApiError}: said once here, not on each annotation. */
    private static void errorBodies(Operation operation, boolean errorSchema) {
        if (!errorSchema || operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            Content content = response.getContent();
            if ((code.startsWith("4") || code.startsWith("5"))
                    && (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty())) {
                response.content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR))));
            }
        });
    }

    /**
     * Every operation is behind the system client's HTTP Basic: its 401 is documented once, here, and so is the 429
     * of a source refused after too many wrong secrets.
     */
    private static void unauthorized(Operation operation, boolean errorSchema) {
        APIResponses responses = operation.getResponses();
        if (responses != null && responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", response(ApiDocs.UNAUTHORIZED,
                    errorSchema ? OASFactory.createSchema().ref(ERROR) : null));
        }
        if (responses != null && responses.getAPIResponse("429") == null) {
            responses.addAPIResponse("429", response(ApiDocs.TOO_MANY_ATTEMPTS,
                    errorSchema ? OASFactory.createSchema().ref(ERROR) : null)
                    .addHeader("Retry-After", OASFactory.createHeader().description("Secondes à attendre.")
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER))));
        }
    }

    private static void document(Operation operation, boolean errorSchema) {
        Parameter atomic = operation.getParameters() == null ? null : operation.getParameters().stream()
                .filter(p -> "atomic".equals(p.getName())).findFirst().orElse(null);
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses == null ? null : responses.getAPIResponse("200");
        if (atomic == null || ok == null) {
            return;
        }
        atomic.setDescription(ApiDocs.ATOMIC);
        ok.setDescription(ApiDocs.OK);
        String own = operation.getDescription();
        operation.setDescription(own == null || own.isBlank() ? ApiDocs.BATCH : ApiDocs.BATCH + " " + own);
        responses.addAPIResponse("422", response(ApiDocs.REFUSED, reportSchema(ok)));
        Schema error = errorSchema ? OASFactory.createSchema().ref(ERROR) : null;
        responses.addAPIResponse("400", response(ApiDocs.BAD_BODY, error));
        responses.addAPIResponse("401", response(ApiDocs.UNAUTHORIZED, error));
        responses.addAPIResponse("413", response(ApiDocs.TOO_LARGE, error));
    }

    /** The batch report's schema, as the 200 answer declares it (inline or by reference). */
    private static Schema reportSchema(APIResponse ok) {
        Content content = ok.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null)
                .findFirst().orElse(null);
    }

    private static APIResponse response(String description, Schema schema) {
        APIResponse response = OASFactory.createAPIResponse().description(description);
        return schema == null ? response : response.content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
    }
}

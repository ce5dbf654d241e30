package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import de.kim.api.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * JSON for the KIM application through Jackson: dates as ISO-8601 strings, unknown properties in a
 * request refused rather than silently dropped. A request body is first read as a tree within the
 * configured limits (nesting depth; items per array, refused with 400 naming the field) and only then
 * bound to its type, so that no hostile body reaches a resource.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType("application/json")
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class JsonProvider extends JacksonJsonProvider {
    private volatile ObjectMapper mapper;
    private volatile RequestLimits limits;

    private RestConfiguration configuration;
    private final java.util.function.Consumer<RestConfiguration.Settings> subscriber = s -> configure(s.limits());

    @Activate
    public JsonProvider(@Reference RestConfiguration configuration) {
        this(RequestLimits.DEFAULTS);
        this.configuration = configuration;
        configuration.subscribe(subscriber);
    }

    @Deactivate
    void stop() {
        configuration.unsubscribe(subscriber);
    }

    JsonProvider(RequestLimits limits) {
        this(objectMapper(limits), limits);
    }

    private JsonProvider(ObjectMapper mapper, RequestLimits limits) {
        super(mapper);
        this.mapper = mapper;
        this.limits = limits;
    }

    /** New limits take effect without registering the provider again (see {@link RestConfiguration}). */
    private void configure(RequestLimits next) {
        ObjectMapper nextMapper = objectMapper(next);
        setMapper(nextMapper);
        this.mapper = nextMapper;
        this.limits = next;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonNode tree;
        try (JsonParser parser = mapper.createParser(entityStream)) {
            if (parser.nextToken() == null) {
                return null;
            }
            tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw new BadRequest("body", "holds more than one JSON value");
            }
        }
        List<Violation> texts = new ArrayList<>();
        checkItems(tree, "", "", Map.class.isAssignableFrom(type), texts);
        PlainText.refuse(texts);
        return mapper.readerFor(mapper.getTypeFactory().constructType(genericType)).readValue(tree);
    }

    /**
     * Checks the items per array, and every text for control characters ({@link PlainText}); {@code free}: the
     * body is free data (an extension form's), where any text may hold line breaks.
     */
    private void checkItems(JsonNode node, String path, String name, boolean free, List<Violation> texts) {
        if (node.isArray()) {
            if (node.size() > limits.maxItems()) {
                throw new BadRequest(path.isEmpty() ? "body" : path, "has " + node.size() + " items; at most "
                        + limits.maxItems() + " are accepted");
            }
            for (int i = 0; i < node.size(); i++) {
                checkItems(node.get(i), path + "[" + i + "]", name, free, texts);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                PlainText.check(path.isEmpty() ? "body" : path, "", field.getKey(), false, texts); // names too
                checkItems(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getKey(), free, texts);
            }
        } else if (node.isTextual()) {
            PlainText.check(path.isEmpty() ? "body" : path, name, node.textValue(), free, texts);
        }
    }

    /**
     * Writes the whole body at once with its Content-Length instead of streaming it in chunks: a
     * chunked answer ends with a small last segment that Nagle's algorithm and the client's delayed
     * ACK hold back for tens of milliseconds, which made every list answer slow.
     */
    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        super.writeTo(value, type, genericType, annotations, mediaType, httpHeaders, body);
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.size()));
        body.writeTo(entityStream);
    }

    static ObjectMapper objectMapper() {
        return objectMapper(RequestLimits.DEFAULTS);
    }

    static ObjectMapper objectMapper(RequestLimits limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()))
                .build()).build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                // no scalar coercion: "true", 1 or 10 are no booleans, "12" no number, 1.5 no whole number
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build()
                .registerModule(new JavaTimeModule())
                .registerModule(StrictDates.module()); // registered last: it reads LocalDate
        for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Textual, LogicalType.Integer,
            LogicalType.Float, LogicalType.Enum}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        // a number is a number, a text a text: only the matching JSON type is read (an int is a valid float)
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}

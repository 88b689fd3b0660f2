package city.sanitation.dataset.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of the dataset's JSON tree with its JSON Pointer (RFC 6901), so that every value read can be blamed on its
 * exact place in the file. Reading a missing or ill-typed value throws a {@link MappingProblem} at that place.
 */
public record TrackedNode(JsonNode node, String pointer) {

    public static TrackedNode root(JsonNode node) {
        return new TrackedNode(node, "");
    }

    public TrackedNode field(String name) {
        return new TrackedNode(node.path(name), pointer + "/" + escape(name));
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** The elements of this array; none when the value is absent. */
    public List<TrackedNode> elements() {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType("an array");
        }
        List<TrackedNode> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new TrackedNode(node.get(i), pointer + "/" + i));
        }
        return elements;
    }

    public TrackedNode requireObject() {
        requirePresent();
        if (!node.isObject()) {
            throw wrongType("an object");
        }
        return this;
    }

    public String text() {
        requirePresent();
        if (!node.isTextual()) {
            throw wrongType("a string");
        }
        return node.textValue();
    }

    public String textOr(String absent) {
        return isPresent() ? text() : absent;
    }

    public Optional<String> optionalText() {
        return isPresent() ? Optional.of(text()) : Optional.empty();
    }

    public double number() {
        requirePresent();
        if (!node.isNumber()) {
            throw wrongType("a number");
        }
        return node.doubleValue();
    }

    public int integer() {
        requirePresent();
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType("a whole number");
        }
        return node.intValue();
    }

    public int integerOr(int absent) {
        return isPresent() ? integer() : absent;
    }

    public long longInteger() {
        requirePresent();
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType("a whole number");
        }
        return node.longValue();
    }

    public boolean bool() {
        requirePresent();
        if (!node.isBoolean()) {
            throw wrongType("true or false");
        }
        return node.booleanValue();
    }

    public boolean boolOr(boolean absent) {
        return isPresent() ? bool() : absent;
    }

    /** A duration stored as whole minutes. */
    public Duration minutes() {
        return Duration.ofMinutes(integer());
    }

    public LocalDateTime localDateTime() {
        String text = text();
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new MappingProblem(
                    pointer, "The value (" + text + ") is not an ISO-8601 local date-time like 2026-11-28T22:00.");
        }
    }

    public LocalDate localDate() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new MappingProblem(pointer, "The value (" + text + ") is not an ISO-8601 date like 2026-11-28.");
        }
    }

    public LocalTime localTime() {
        String text = text();
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new MappingProblem(pointer, "The value (" + text + ") is not an ISO-8601 time of day like 22:00.");
        }
    }

    public ZoneId zoneId() {
        String text = text();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new MappingProblem(pointer, "The value (" + text + ") is not a time zone id like Asia/Shanghai.");
        }
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = text();
        E constant = JsonEnums.parseOrNull(type, text);
        if (constant == null) {
            throw new MappingProblem(
                    pointer,
                    "The value (" + text + ") is not one of " + String.join(", ", JsonEnums.jsonNames(type)) + ".");
        }
        return constant;
    }

    public <E extends Enum<E>> Set<E> enumSet(Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (TrackedNode element : elements()) {
            values.add(element.enumValue(type));
        }
        return values;
    }

    /** An array of strings as a set; empty when absent. */
    public Set<String> textSet() {
        Set<String> values = new LinkedHashSet<>();
        for (TrackedNode element : elements()) {
            values.add(element.text());
        }
        return values;
    }

    private void requirePresent() {
        if (!isPresent()) {
            throw new MappingProblem(pointer, "The required field (" + lastName() + ") is missing.");
        }
    }

    private MappingProblem wrongType(String expected) {
        return new MappingProblem(
                pointer, "The field (" + lastName() + ") must be " + expected + ", not (" + node + ").");
    }

    private String lastName() {
        return pointer.substring(pointer.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}

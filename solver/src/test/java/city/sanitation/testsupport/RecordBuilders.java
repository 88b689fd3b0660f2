package city.sanitation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of a record's builder ({@code toBuilder()}, one setter per component named after it, {@code build()}),
 * component by component found by reflection, so that a component added to the record later is checked without
 * changing the tests: a copy that drops one (as a short constructor once dropped a dataset's salt depots) fails them.
 */
public final class RecordBuilders {

    private RecordBuilders() {}

    /**
     * Asserts that no component of {@code full} holds a default a forgotten copy would leave: null, false, zero, an
     * empty string, collection or map, or one of {@code defaults} (e.g. a NONE constant).
     */
    public static void assertFullyPopulated(Record full, Object... defaults) {
        Set<Object> named = Set.of(defaults);
        for (RecordComponent component : full.getClass().getRecordComponents()) {
            Object value = valueOf(full, component);
            assertThat(isDefault(value) || named.contains(value))
                    .as("the component %s of the fixture is not its default (%s)", component.getName(), value)
                    .isFalse();
        }
    }

    /** Asserts that {@code a} and {@code b} differ in every component, so that a setter's value is seen. */
    public static void assertDifferInEveryComponent(Record a, Record b) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            assertThat(valueOf(b, component))
                    .as("the component %s of the two fixtures", component.getName())
                    .isNotEqualTo(valueOf(a, component));
        }
    }

    /** Asserts that {@code record.toBuilder().build()} equals {@code record}. */
    public static void assertCopyKeepsEveryComponent(Record record) {
        Record copy = build(toBuilder(record));
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            assertThat(valueOf(copy, component))
                    .as("the component %s of the copy", component.getName())
                    .isEqualTo(valueOf(record, component));
        }
        assertThat(copy).isEqualTo(record);
    }

    /**
     * Asserts, for every component, that setting it to {@code other}'s value on {@code record}'s builder changes that
     * component and keeps all the others.
     */
    public static void assertEachSetterChangesOnlyItsComponent(Record record, Record other) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (RecordComponent changed : components) {
            Object builder = toBuilder(record);
            invoke(setter(builder, changed), builder, valueOf(other, changed));
            Record result = build(builder);
            for (RecordComponent component : components) {
                Record expected = component.equals(changed) ? other : record;
                assertThat(valueOf(result, component))
                        .as("the component %s after setting %s", component.getName(), changed.getName())
                        .isEqualTo(valueOf(expected, component));
            }
        }
    }

    private static boolean isDefault(Object value) {
        return value == null
                || Objects.equals(value, false)
                || (value instanceof Number number && number.doubleValue() == 0.0)
                || (value instanceof String text && text.isEmpty())
                || (value instanceof Collection<?> collection && collection.isEmpty())
                || (value instanceof Map<?, ?> map && map.isEmpty());
    }

    private static Object valueOf(Record record, RecordComponent component) {
        return invoke(component.getAccessor(), record);
    }

    private static Object toBuilder(Record record) {
        return invoke(method(record.getClass(), "toBuilder"), record);
    }

    private static Record build(Object builder) {
        return (Record) invoke(method(builder.getClass(), "build"), builder);
    }

    private static Method setter(Object builder, RecordComponent component) {
        try {
            return builder.getClass().getMethod(component.getName(), component.getType());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(
                    "The builder (" + builder.getClass().getName() + ") has no setter for the component ("
                            + component.getName() + "). Maybe add one: a builder sets every component.",
                    e);
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("The class (" + type.getName() + ") has no method " + name + "().", e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            method.setAccessible(true);
            return method.invoke(target, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("Calling " + method + " failed.", e);
        }
    }
}

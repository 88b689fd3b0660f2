package city.sanitation.dataset.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum constants as they appear in dataset files: lower_snake_case ({@code GARBAGE_PICKUP} is "garbage_pickup"). */
public final class JsonEnums {

    private JsonEnums() {}

    public static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> List<String> jsonNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonEnums::jsonName).toList();
    }

    /** The constant whose JSON name is {@code jsonName}, or null when there is none. */
    public static <E extends Enum<E>> E parseOrNull(Class<E> type, String jsonName) {
        for (E constant : type.getEnumConstants()) {
            if (jsonName(constant).equals(jsonName)) {
                return constant;
            }
        }
        return null;
    }
}

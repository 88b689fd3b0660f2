package city.sanitation.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the problems of a day's data into those of items that can be left out of the plan (a blind spot, a toilet, a
 * washing requirement, a vehicle while another remains) and those of the district's core data (road network, depots,
 * hydrants, transfer stations, territories, fleet types, the horizon), without which no plan can be made.
 */
final class SetAsideSorting {

    /**
     * @param core problems no item can be left out for
     * @param items per element pointer (e.g. {@code /features/12}), the item to leave out with its reason
     */
    record Sorted(List<DatasetProblem> core, Map<String, SetAsideItem> items) {}

    private record Item(String kind, String id, String pointer) {}

    private static final Pattern ALREADY_USED_BY = Pattern.compile("is already used by (/features/\\d+)");

    private SetAsideSorting() {}

    static Sorted sort(JsonNode tree, List<DatasetProblem> problems) {
        List<DatasetProblem> core = new ArrayList<>();
        Map<String, Item> items = new LinkedHashMap<>();
        Map<String, List<DatasetProblem>> problemsByItem = new LinkedHashMap<>();
        for (DatasetProblem problem : problems) {
            Optional<Item> item = itemOf(tree, blamed(tree, problem));
            if (item.isEmpty()) {
                core.add(problem);
            } else {
                items.putIfAbsent(item.get().pointer(), item.get());
                problemsByItem
                        .computeIfAbsent(item.get().pointer(), pointer -> new ArrayList<>())
                        .add(problem);
            }
        }
        // A plan needs at least one vehicle: when every one is broken, they are the core's problem.
        long brokenVehicles = items.values().stream()
                .filter(item -> item.kind().equals("vehicle"))
                .count();
        if (brokenVehicles > 0 && brokenVehicles >= tree.at("/fleet/vehicles").size()) {
            items.values().removeIf(item -> {
                if (item.kind().equals("vehicle")) {
                    core.addAll(problemsByItem.get(item.pointer()));
                    return true;
                }
                return false;
            });
        }
        Map<String, SetAsideItem> setAside = new LinkedHashMap<>();
        items.forEach((pointer, item) -> setAside.put(pointer, setAside(item, problemsByItem.get(pointer))));
        return new Sorted(core, setAside);
    }

    /**
     * Where the problem lies. Of two features with one id the later one is reported, but a blind spot is the newcomer
     * whatever its place in the file: it goes, not the toilet or depot whose id it took.
     */
    private static String blamed(JsonNode tree, DatasetProblem problem) {
        Matcher duplicate = ALREADY_USED_BY.matcher(problem.reason());
        if (problem.path().endsWith("/properties/id") && duplicate.find()) {
            String first = duplicate.group(1);
            if (tree.at(first + "/properties/kind").asText().equals("blind_spot")) {
                return first + "/properties/id";
            }
        }
        return problem.path();
    }

    private static Optional<Item> itemOf(JsonNode tree, String path) {
        String[] tokens = path.split("/", -1);
        if (tokens.length >= 3 && tokens[1].equals("features") && isIndex(tokens[2])) {
            String pointer = "/features/" + tokens[2];
            String kind = switch (tree.at(pointer + "/properties/kind").asText()) {
                case "blind_spot" -> "blindSpot";
                case "toilet" -> "toilet";
                default -> null;
            };
            return kind == null ? Optional.empty() : Optional.of(item(tree, kind, pointer, "/properties/id"));
        }
        if (tokens.length < 4 || !isIndex(tokens[3])) {
            return Optional.empty();
        }
        String pointer = "/" + tokens[1] + "/" + tokens[2] + "/" + tokens[3];
        if (tokens[1].equals("fleet") && tokens[2].equals("vehicles")) {
            return Optional.of(item(tree, "vehicle", pointer, "/id"));
        }
        if (tokens[1].equals("washing") && tokens[2].equals("requirements")) {
            return Optional.of(item(tree, "washingRequirement", pointer, "/id"));
        }
        return Optional.empty();
    }

    private static boolean isIndex(String token) {
        return token.matches("\\d{1,9}");
    }

    private static Item item(JsonNode tree, String kind, String pointer, String idField) {
        JsonNode id = tree.at(pointer + idField);
        return new Item(kind, id.isTextual() ? id.textValue() : "", pointer);
    }

    /**
     * The item with its reason in English and as a code: the first problem's that has one, else the field of the
     * first problem, whose sentence the pages then show as the reader wrote it.
     */
    private static SetAsideItem setAside(Item item, List<DatasetProblem> problems) {
        DatasetProblem first = problems.stream()
                .filter(problem -> problem.code() != null)
                .findFirst()
                .orElse(problems.get(0));
        Map<String, String> params = new LinkedHashMap<>();
        String code;
        if (first.code() != null) {
            code = first.code();
            params.putAll(first.params());
        } else {
            code = "INVALID_VALUE";
            params.put("field", fieldOf(first.path().substring(item.pointer().length())));
        }
        params.put("atLocation", String.valueOf(atLocation(item, problems)));
        return new SetAsideItem(item.kind(), item.id(), reason(item, problems), code, params);
    }

    private static boolean atLocation(Item item, List<DatasetProblem> problems) {
        return problems.stream()
                .anyMatch(problem -> fieldOf(
                                problem.path().substring(item.pointer().length()))
                        .equals("location"));
    }

    /** The problems' first lines in the item's words, then what a dispatcher can do about the item. */
    private static String reason(Item item, List<DatasetProblem> problems) {
        List<String> sentences = new ArrayList<>();
        boolean location = false;
        for (DatasetProblem problem : problems) {
            String relative = problem.path().substring(item.pointer().length());
            String field = fieldOf(relative);
            location |= field.equals("location");
            String sentence = ALREADY_USED_BY
                    .matcher(problem.reason().lines().findFirst().orElse(""))
                    .replaceAll("is already used by another item of the district");
            if (sentence.startsWith("The value (") && !field.isEmpty()) {
                sentence = "The " + field + sentence.substring("The value".length());
            }
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }
        return String.join(" ", sentences) + "\n" + hint(item.kind(), location);
    }

    /** The field a pointer inside an item names, as the item's editor calls it: {@code /geometry/...} is its location. */
    private static String fieldOf(String relativePointer) {
        for (String token : relativePointer.split("/")) {
            if (token.equals("geometry")) {
                return "location";
            }
            if (!token.isEmpty() && !token.equals("properties") && !isIndex(token)) {
                return token;
            }
        }
        return "";
    }

    private static String hint(String kind, boolean location) {
        return switch (kind) {
            case "blindSpot" ->
                location
                        ? "Maybe correct its location or reject the report; the rest of the district is planned."
                        : "Maybe correct the report or reject it; the rest of the district is planned.";
            case "toilet" -> "Maybe correct the toilet in the district's data; it is left out of the plan until then.";
            case "washingRequirement" ->
                "Maybe correct or remove the washing requirement in the district's data;"
                        + " it is left out of the plan until then.";
            default -> "Maybe correct the vehicle in the district's data; the other vehicles are planned without it.";
        };
    }
}

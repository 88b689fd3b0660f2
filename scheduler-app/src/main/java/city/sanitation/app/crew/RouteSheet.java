package city.sanitation.app.crew;

import city.sanitation.planning.build.SnowTaskId;
import city.sanitation.planning.report.PlanReport.RouteReport;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A crew's route as a printable page: one row per block, as the crew page shows them (a street washed along several
 * passes is one row), worded in the crew's language, with a box to tick.
 */
final class RouteSheet {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private RouteSheet() {}

    static String html(CrewRoutes.CrewRoute crewRoute, RouteSheetWords words) {
        RouteReport route = crewRoute.route();
        String vehicle = route.vehicleName() == null ? route.vehicleId() : route.vehicleName();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(words.htmlLang)
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(vehicle))
                .append(" — ")
                .append(escape(words.word("sheetTitle")))
                .append(" ")
                .append(crewRoute.date())
                .append(
                        "</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}")
                .append(
                        "th,td{border:1px solid #444;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}")
                .append("td.num{font-variant-numeric:tabular-nums;white-space:nowrap}")
                .append("tr.done td{color:#555}tr.cancelled td{color:#777;text-decoration:line-through}")
                .append("</style></head><body><h1>")
                .append(escape(words.word("sheetHeading", Map.of("vehicle", vehicle, "vehicleId", route.vehicleId()))))
                .append("</h1><p id=\"sheet-facts\">")
                .append(escape(String.join(
                        " · ",
                        shiftTitle(route, words),
                        words.word(
                                "sheetDistances",
                                Map.of(
                                        "driven", oneDecimal(route.kmDriven()),
                                        "washed", oneDecimal(route.kmWashed()))),
                        words.word("sheetPlan", Map.of("plan", crewRoute.planId(), "version", crewRoute.planVersion())),
                        words.word("sheetLocalTimes", Map.of("zone", crewRoute.timeZone())))))
                .append("</p><table><thead><tr>");
        for (String column :
                List.of("colSeq", "colTime", "colWhat", "colWhere", "colLength", "colDirection", "colDone")) {
            html.append("<th>").append(escape(words.word(column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        String day = route.shiftStart() == null
                ? null
                : route.shiftStart().toLocalDate().toString();
        int n = 0;
        for (RouteBlocks.Block block : crewRoute.blocks()) {
            n++;
            String state = state(block, crewRoute);
            html.append("<tr data-block=\"")
                    .append(escape(block.id()))
                    .append("\" class=\"")
                    .append(block.kind().toLowerCase(Locale.ROOT))
                    .append(state.isEmpty() ? "" : " " + state)
                    .append("\"><td class=\"num\">")
                    .append(n)
                    .append("</td><td class=\"num\">")
                    .append(time(block.start(), day))
                    .append("–")
                    .append(time(block.end(), day))
                    .append("</td><td>")
                    .append(escape(what(block, words)))
                    .append("</td><td>")
                    .append(escape(withWeather(where(block, words), block, words)))
                    .append("</td><td class=\"num\">")
                    .append(block.lengthM() == null ? "" : escape(distance(block.lengthM(), words)))
                    .append("</td><td>")
                    .append(
                            "STREET_PASS".equals(block.kind())
                                    ? escape(words.word(block.bothWays() ? "bothWays" : "oneDirection"))
                                    : "")
                    .append("</td><td>")
                    .append(escape(stateWords(block, state, crewRoute, words)))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    /** done, started or cancelled as the crew page shows it; empty for work to do and for stops without work. */
    private static String state(RouteBlocks.Block block, CrewRoutes.CrewRoute crewRoute) {
        if (block.taskIds().isEmpty()) {
            return "";
        }
        List<String> tasks = block.taskIds().stream()
                .filter(id -> !crewRoute.withdrawn().containsKey(id))
                .toList();
        if (tasks.isEmpty()) {
            return "cancelled";
        }
        if (tasks.stream().allMatch(id -> "DONE".equals(crewRoute.progress().get(id)))) {
            return "done";
        }
        return tasks.stream().anyMatch(crewRoute.progress()::containsKey) ? "started" : "";
    }

    private static String stateWords(
            RouteBlocks.Block block, String state, CrewRoutes.CrewRoute crewRoute, RouteSheetWords words) {
        return switch (state) {
            case "done" -> words.word("stateDone");
            case "started" -> words.word("stateStarted");
            case "cancelled" -> {
                CrewRoutes.Withdrawn withdrawn =
                        crewRoute.withdrawn().get(block.taskIds().get(0));
                String text = words.word(
                        "withdrawn_" + withdrawn.status(),
                        Map.of("other", withdrawn.duplicateOf() == null ? "" : withdrawn.duplicateOf()));
                // The dispatcher's own reason, in the words the dispatcher wrote.
                yield withdrawn.reason() == null || withdrawn.reason().isBlank()
                        ? text
                        : text + " · " + withdrawn.reason();
            }
            default -> block.taskIds().isEmpty() ? "" : words.word("stateOpen");
        };
    }

    static String what(RouteBlocks.Block block, RouteSheetWords words) {
        if ("STREET_PASS".equals(block.kind())) {
            boolean swept = block.weatherCode() != null && block.weatherCode().startsWith("WEATHER_SWEPT_");
            String key = block.snowWork() == null
                    ? swept ? "blockSweep" : "blockWash"
                    : block.snowWork() == SnowTaskId.PLOUGH ? "blockPlough" : "blockDeIce";
            return words.word(key, Map.of("street", block.street() == null ? "" : block.street()));
        }
        return words.has(block.kind()) ? words.word(block.kind()) : block.kind();
    }

    private static String withWeather(String where, RouteBlocks.Block block, RouteSheetWords words) {
        String why = weather(block, words);
        return why.isEmpty() ? where : where.isEmpty() ? why : where + " · " + why;
    }

    /** Why the weather changed the block's work, as the crew page words it; empty when it did not. */
    static String weather(RouteBlocks.Block block, RouteSheetWords words) {
        String code = block.weatherCode();
        if (code == null) {
            return "";
        }
        Map<String, String> params =
                new java.util.HashMap<>(block.weatherParams() == null ? Map.of() : block.weatherParams());
        params.replaceAll(
                (key, value) -> key.endsWith("C") && value.startsWith("-") ? "\u2212" + value.substring(1) : value);
        if (code.equals("ALERT_SPRINKLING")
                && words.has("weatherAlert_" + params.get("alert"))
                && words.has("weatherLevel_" + params.get("level"))) {
            params.put("alert", words.word("weatherAlert_" + params.get("alert")));
            params.put("level", words.word("weatherLevel_" + params.get("level")));
            return words.word("weather_ALERT_SPRINKLING", params);
        }
        String cause = params.get("cause");
        if (cause == null || !code.endsWith("_" + cause)) {
            return "";
        }
        String outcome = "weatherOutcome_" + code.substring(0, code.length() - cause.length() - 1);
        if (!words.has(outcome) || !words.has("weatherCause_" + cause)) {
            return "";
        }
        return words.word(
                "weatherJoin",
                Map.of("outcome", words.word(outcome), "cause", words.word("weatherCause_" + cause, params)));
    }

    private static String where(RouteBlocks.Block block, RouteSheetWords words) {
        return switch (block.kind()) {
            case "STREET_PASS" -> {
                if (block.from() != null && block.to() != null && !block.from().equals(block.to())) {
                    yield words.word("blockFromTo", Map.of("from", block.from(), "to", block.to()));
                }
                yield block.from() == null ? "" : words.word("blockFrom", Map.of("from", block.from()));
            }
            // The solver's own words for these say nothing the crew needs.
            case "BREAK", "DEPOT", "DEPOT_WAIT" -> "";
            default -> block.street() == null ? "" : block.street();
        };
    }

    /** "1.2 km" from a kilometre on, else metres to the nearest ten, as the crew page writes them. */
    static String distance(long metres, RouteSheetWords words) {
        if (metres >= 1000) {
            return words.word("distanceKm", Map.of("km", oneDecimal(metres / 1000.0)));
        }
        long tens = Math.round(metres / 10.0) * 10;
        return words.word("distanceM", Map.of("m", tens == 0 ? metres : tens));
    }

    /** "Night shift 12-03 22:00 – 12-04 06:00": the shift's own dates, as a night shift begins the evening before. */
    static String shiftTitle(RouteReport route, RouteSheetWords words) {
        LocalDateTime start = route.shiftStart();
        LocalDateTime end = route.shiftEnd();
        if (start == null || end == null) {
            return "";
        }
        boolean overnight = !start.toLocalDate().equals(end.toLocalDate());
        String kind = overnight || start.getHour() >= 18 ? "shiftNight" : "shiftDay";
        return words.word(kind) + " " + DAY_AND_CLOCK.format(start) + " – "
                + (overnight ? DAY_AND_CLOCK : CLOCK).format(end);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String time(LocalDateTime time, String day) {
        if (time == null) {
            return "";
        }
        return day != null && !time.toLocalDate().toString().equals(day)
                ? DAY_AND_CLOCK.format(time)
                : CLOCK.format(time);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

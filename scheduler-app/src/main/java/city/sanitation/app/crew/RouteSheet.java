package city.sanitation.app.crew;

import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.web.util.HtmlUtils;

/** A crew's route as a printable page: one table row per stop, with a box to tick. */
final class RouteSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RouteSheet() {}

    static String html(CrewRoutes.CrewRoute crewRoute) {
        RouteReport route = crewRoute.route();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(route.vehicleName()))
                .append(" — ")
                .append(crewRoute.date())
                .append(
                        "</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #444;padding:4px 6px;text-align:left}th{background:#eee}")
                .append("@media print{button{display:none}}</style></head><body>")
                .append("<h1>路线单 Route sheet: ")
                .append(escape(route.vehicleName()))
                .append(" (")
                .append(escape(route.vehicleId()))
                .append(")</h1><p>")
                .append(crewRoute.date())
                .append(" · shift ")
                .append(time(route.shiftStart()))
                .append("–")
                .append(time(route.shiftEnd()))
                .append(" · ")
                .append(route.kmDriven())
                .append(" km driven, ")
                .append(route.kmWashed())
                .append(" km washed · plan ")
                .append(crewRoute.planId())
                .append(" v")
                .append(crewRoute.planVersion())
                .append(" · 时间为当地时间 local times, ")
                .append(escape(crewRoute.timeZone()))
                .append("</p><table><thead><tr><th>#</th><th>Arrive</th><th>Start</th><th>End</th><th>What</th>")
                .append("<th>Where</th><th>Direction</th><th>Done</th></tr></thead><tbody>");
        for (StopReport stop : route.stops()) {
            String status = stop.taskId() == null ? "" : crewRoute.progress().getOrDefault(stop.taskId(), "");
            html.append("<tr><td>")
                    .append(stop.sequence())
                    .append("</td><td>")
                    .append(time(stop.arrival()))
                    .append("</td><td>")
                    .append(time(stop.start()))
                    .append("</td><td>")
                    .append(time(stop.end()))
                    .append("</td><td>")
                    .append(escape(what(stop)))
                    .append("</td><td>")
                    .append(escape(stop.label()))
                    .append("</td><td>")
                    .append(stop.direction() == null ? "" : escape(stop.direction()))
                    .append("</td><td>")
                    .append(
                            crewRoute.withdrawn().containsKey(String.valueOf(stop.taskId()))
                                    ? "✘ 已撤销 cancelled"
                                    : "DONE".equals(status) ? "✔" : "STARTED".equals(status) ? "…" : "☐")
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String what(StopReport stop) {
        return switch (stop.kind()) {
            case "TASK" ->
                switch (String.valueOf(stop.taskKind())) {
                    case "STREET_PASS" -> "冲洗 wash street";
                    case "BLIND_SPOT" -> "清理死角 clear blind spot";
                    case "TOILET_ROUND" -> "公厕保洁 clean toilet";
                    default -> stop.taskKind();
                };
            case "REFILL" -> "加水 refill water";
            case "DUMP" -> "卸载 dump at transfer station";
            case "BREAK" -> "休息 break";
            case "DEPOT_WAIT" -> "回场等待 wait at the depot";
            case "DEPOT" -> "回场 back at depot";
            default -> stop.kind();
        };
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}

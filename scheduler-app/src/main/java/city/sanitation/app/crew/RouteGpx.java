package city.sanitation.app.crew;

import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A crew's route as GPX 1.1 for the truck's navigation device: the stops in order as a route ({@code <rte>}), and the
 * lines the plan drives as tracks, one for washing and one for driving between work ({@code <trk>}).
 */
final class RouteGpx {

    private static final String NAMESPACE = "http://www.topografix.com/GPX/1/1";

    private RouteGpx() {}

    /**
     * @param zone the district's time zone: the plan's times are local, GPX's are UTC
     * @param geoJson the route's features as GET .../route.geojson answers them; null when there are none
     */
    static String write(RouteReport route, ZoneId zone, JsonNode geoJson) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gpx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("creator", "sanitation-scheduler");
            xml.writeStartElement("metadata");
            element(xml, "name", name(route));
            xml.writeEndElement();
            xml.writeStartElement("rte");
            element(xml, "name", name(route));
            for (StopReport stop : route.stops()) {
                if (stop.lat() == null || stop.lon() == null) {
                    continue;
                }
                xml.writeStartElement("rtept");
                xml.writeAttribute("lat", String.valueOf(stop.lat()));
                xml.writeAttribute("lon", String.valueOf(stop.lon()));
                if (stop.start() != null) {
                    element(xml, "time", utc(stop.start(), zone));
                }
                element(xml, "name", stop.sequence() + " " + stop.label());
                element(xml, "type", stop.taskKind() == null ? stop.kind() : stop.taskKind());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            if (geoJson != null) {
                for (JsonNode feature : geoJson.path("features")) {
                    JsonNode geometry = feature.path("geometry");
                    String kind = feature.path("properties").path("kind").asText();
                    if (!"MultiLineString".equals(geometry.path("type").asText())
                            || geometry.path("coordinates").isEmpty()) {
                        continue;
                    }
                    xml.writeStartElement("trk");
                    element(xml, "name", name(route) + " " + kind);
                    element(xml, "type", kind);
                    for (JsonNode line : geometry.path("coordinates")) {
                        xml.writeStartElement("trkseg");
                        for (JsonNode point : line) {
                            xml.writeStartElement("trkpt");
                            xml.writeAttribute("lat", point.get(1).asText());
                            xml.writeAttribute("lon", point.get(0).asText());
                            xml.writeEndElement();
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The route of (" + route.vehicleId() + ") cannot be written as GPX.", e);
        }
        return text.toString();
    }

    private static String name(RouteReport route) {
        return route.vehicleName() == null || route.vehicleName().isBlank() ? route.vehicleId() : route.vehicleName();
    }

    private static String utc(LocalDateTime local, ZoneId zone) {
        return DateTimeFormatter.ISO_INSTANT.format(local.atZone(zone).toInstant());
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        // Control characters have no place in XML 1.0, even escaped: a label pasted with one still gives a valid file.
        xml.writeCharacters(value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
        xml.writeEndElement();
    }
}

package city.sanitation.app.crew;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RouteGpxTest {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2026, 12, 3, 22, 0);

    @Test
    void theStopsAreARouteAndTheLinesTracksInWellFormedGpx() throws Exception {
        RouteReport route = new RouteReport(
                "veh-1",
                "洗扫车 <1> & \"夜班\"",
                "wash-sweeper",
                NIGHT,
                NIGHT.plusHours(8),
                NIGHT,
                NIGHT.plusHours(8),
                3,
                1,
                2,
                1,
                0,
                300,
                0,
                List.of(
                        stop(1, "TASK", "STREET_PASS", "三圣寺胡同 <b>&amp;</b>\u0001", 39.91, 116.41),
                        stop(2, "BREAK", null, "break", null, null),
                        stop(3, "DEPOT", null, "back at the depot", 39.92, 116.42)));
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":"
                + "[[[116.41,39.91],[116.415,39.915]]]},\"properties\":{\"kind\":\"washed\",\"vehicleId\":\"veh-1\"}},"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.41,39.91]},"
                + "\"properties\":{\"kind\":\"stop\"}}]}";

        String gpx = RouteGpx.write(route, ZoneId.of("Asia/Shanghai"), new ObjectMapper().readTree(geoJson));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("gpx");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.topografix.com/GPX/1/1");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");

        NodeList points = document.getElementsByTagNameNS("*", "rtept");
        assertThat(points.getLength()).as("a break has no place").isEqualTo(2);
        Element first = (Element) points.item(0);
        assertThat(first.getAttribute("lat")).isEqualTo("39.91");
        assertThat(first.getAttribute("lon")).isEqualTo("116.41");
        assertThat(text(first, "name")).isEqualTo("1 三圣寺胡同 <b>&amp;</b>");
        assertThat(text(first, "time")).as("local 22:00 in Beijing, in UTC").isEqualTo("2026-12-03T14:00:00Z");
        assertThat(text(root, "name")).isEqualTo("洗扫车 <1> & \"夜班\"");
        assertThat(gpx).doesNotContain("<b>").contains("&lt;b>");

        NodeList tracks = document.getElementsByTagNameNS("*", "trk");
        assertThat(tracks.getLength()).as("lines only, not the stops' points").isEqualTo(1);
        NodeList trackPoints = ((Element) tracks.item(0)).getElementsByTagNameNS("*", "trkpt");
        assertThat(trackPoints.getLength()).isEqualTo(2);
        assertThat(((Element) trackPoints.item(1)).getAttribute("lat")).isEqualTo("39.915");
        assertThat(((Element) trackPoints.item(1)).getAttribute("lon")).isEqualTo("116.415");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    private static StopReport stop(int sequence, String kind, String taskKind, String label, Double lat, Double lon) {
        LocalDateTime start = NIGHT.plusMinutes(sequence - 1);
        return new StopReport(
                sequence,
                kind,
                taskKind == null ? null : "t" + sequence,
                taskKind,
                label,
                null,
                null,
                null,
                null,
                start,
                start,
                start.plusMinutes(1),
                0,
                0,
                0,
                0,
                0,
                lon,
                lat,
                null);
    }
}

package city.sanitation.road.osm;

import city.sanitation.road.RoadClass;
import com.graphhopper.reader.ReaderWay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which OpenStreetMap ways a street-washing truck may drive, and how.
 *
 * <ul>
 *   <li>Road class: {@link RoadClass#fromOsmHighway}; anything it does not map (footways, tracks, motorways,
 *       busways, ...) is not driven.
 *   <li>Access: the most specific of {@code motor_vehicle}, {@code vehicle}, {@code access} that is tagged decides, so
 *       {@code access=no + motor_vehicle=yes} is driven. The values {@code no}, {@code private}, {@code agricultural}
 *       and {@code forestry} close the way to a municipal truck; {@code destination}, {@code delivery},
 *       {@code permissive}, {@code designated} do not, since a service vehicle working the street is a legitimate
 *       destination.
 *   <li>{@code area=yes}: a square or a plaza mapped as a surface, not a street; dropped.
 *   <li>{@code service=parking_aisle}, {@code driveway} and {@code drive-through} are dropped rather than mapped to
 *       ALLEY: they are private or customer access inside car parks and properties, not public streets of the
 *       district's washing programme, and would only add dead ends. {@code service=alley} and untyped
 *       {@code highway=service} stay ALLEY: in an old town these are the lanes that do get washed.
 *   <li>One-way: {@code oneway=yes/true/1} drives in node order, {@code oneway=-1/reverse} against it,
 *       {@code junction=roundabout/circular} implies one-way in node order, {@code oneway=no/false/0} and
 *       {@code oneway=alternating} (one lane shared by both directions) are two-way. {@code oneway=reversible}
 *       (the direction changes with the time of day) is dropped: a plan cannot rely on either direction.
 *   <li>Name: {@code name}, else {@code name:zh}, else {@code ref}, else empty.
 *   <li>Lanes: the {@code lanes} tag (the whole carriageway, both directions of a two-way street), else a default by
 *       road class and one-way; width: the {@code width} tag when given in metres, else 0.
 * </ul>
 */
final class DrivableWays {

    private static final List<String> ACCESS_KEYS_MOST_SPECIFIC_FIRST = List.of("motor_vehicle", "vehicle", "access");
    private static final Set<String> CLOSED_ACCESS = Set.of("no", "private", "agricultural", "forestry");
    private static final Set<String> NON_PUBLIC_SERVICE = Set.of("parking_aisle", "driveway", "drive-through");
    private static final Set<String> FORWARD_ONEWAY = Set.of("yes", "true", "1");
    private static final Set<String> BACKWARD_ONEWAY = Set.of("-1", "reverse");
    private static final Set<String> TWO_WAY = Set.of("no", "false", "0", "alternating");
    private static final Set<String> CIRCULAR_JUNCTION = Set.of("roundabout", "circular");
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*(\\d+)");
    private static final Pattern METRES = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(?:m)?\\s*$");

    private DrivableWays() {}

    /** The way as a washing truck sees it, or empty when the truck may not drive it. */
    static Optional<DrivableWay> classify(ReaderWay way) {
        Optional<RoadClass> roadClass = RoadClass.fromOsmHighway(way.getTag("highway"));
        if (roadClass.isEmpty()
                || isClosedToTrucks(way)
                || "yes".equals(tag(way, "area"))
                || NON_PUBLIC_SERVICE.contains(tag(way, "service"))) {
            return Optional.empty();
        }
        Optional<TravelDirection> direction = direction(way);
        if (direction.isEmpty()) {
            return Optional.empty();
        }
        long[] nodeIds = withoutConsecutiveRepeats(way.getNodes().toArray());
        if (nodeIds.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new DrivableWay(
                way.getId(),
                nodeIds,
                roadClass.get(),
                name(way),
                direction.get(),
                lanes(way, roadClass.get(), direction.get().isOneWay()),
                widthMetres(way)));
    }

    private static boolean isClosedToTrucks(ReaderWay way) {
        for (String key : ACCESS_KEYS_MOST_SPECIFIC_FIRST) {
            String value = tag(way, key);
            if (!value.isEmpty()) {
                return CLOSED_ACCESS.contains(value);
            }
        }
        return false;
    }

    /** Empty when the direction changes with the time of day. */
    private static Optional<TravelDirection> direction(ReaderWay way) {
        String oneway = tag(way, "oneway");
        if (oneway.isEmpty()) {
            return Optional.of(
                    CIRCULAR_JUNCTION.contains(tag(way, "junction")) ? TravelDirection.FORWARD : TravelDirection.BOTH);
        }
        if (FORWARD_ONEWAY.contains(oneway)) {
            return Optional.of(TravelDirection.FORWARD);
        }
        if (BACKWARD_ONEWAY.contains(oneway)) {
            return Optional.of(TravelDirection.BACKWARD);
        }
        if (TWO_WAY.contains(oneway)) {
            return Optional.of(TravelDirection.BOTH);
        }
        if ("reversible".equals(oneway)) {
            return Optional.empty();
        }
        // An unknown value (a typo, a conditional written in the plain key): a roundabout stays one-way, the rest
        // is taken as two-way as OSM's default.
        return Optional.of(
                CIRCULAR_JUNCTION.contains(tag(way, "junction")) ? TravelDirection.FORWARD : TravelDirection.BOTH);
    }

    static String name(ReaderWay way) {
        for (String key : List.of("name", "name:zh", "ref")) {
            String value = way.getTag(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    static int lanes(ReaderWay way, RoadClass roadClass, boolean oneWay) {
        String value = way.getTag("lanes");
        if (value != null) {
            Matcher matcher = LEADING_INTEGER.matcher(value);
            if (matcher.find()) {
                try {
                    int lanes = Integer.parseInt(matcher.group(1));
                    if (lanes > 0) {
                        return lanes;
                    }
                } catch (NumberFormatException tooLarge) {
                    // falls through to the default
                }
            }
        }
        return defaultLanes(roadClass, oneWay);
    }

    /** Typical lane counts of a street of this class when OSM does not say; a one-way street has about half. */
    static int defaultLanes(RoadClass roadClass, boolean oneWay) {
        return switch (roadClass) {
            case MAIN -> oneWay ? 2 : 4;
            case SECONDARY, BRANCH -> oneWay ? 1 : 2;
            case ALLEY -> 1;
        };
    }

    static double widthMetres(ReaderWay way) {
        String value = way.getTag("width");
        if (value == null) {
            return 0;
        }
        Matcher matcher = METRES.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return 0;
        }
        double width = Double.parseDouble(matcher.group(1));
        return width > 0 && Double.isFinite(width) ? width : 0;
    }

    /** The tag's value normalised for comparison; empty when the tag is absent. */
    private static String tag(ReaderWay way, String key) {
        String value = way.getTag(key);
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static long[] withoutConsecutiveRepeats(long[] nodeIds) {
        int length = 0;
        for (int i = 0; i < nodeIds.length; i++) {
            if (length == 0 || nodeIds[length - 1] != nodeIds[i]) {
                nodeIds[length++] = nodeIds[i];
            }
        }
        return length == nodeIds.length ? nodeIds : Arrays.copyOf(nodeIds, length);
    }
}

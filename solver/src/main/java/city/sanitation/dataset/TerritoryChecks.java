package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.territory.Territory;
import java.util.Locale;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Territory outlines are valid polygons; an invalid one would silently answer point-in-polygon lookups wrongly. */
final class TerritoryChecks {

    private TerritoryChecks() {}

    static void check(ParsedDataset parsed, ProblemCollector problems) {
        for (Located<Territory> located : parsed.territories()) {
            Territory territory = located.value();
            TopologyValidationError error = new IsValidOp(territory.geometry()).getValidationError();
            if (error != null) {
                problems.add(
                        located.at("/geometry"),
                        String.format(
                                Locale.ROOT,
                                "The outline of %s (%s) is not a valid polygon: %s at (%.7f, %.7f).",
                                territory.kind().name().toLowerCase(Locale.ROOT),
                                territory.id(),
                                error.getMessage(),
                                error.getCoordinate().x,
                                error.getCoordinate().y));
            }
        }
    }
}

package city.sanitation.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An item of a day's data that could not be planned and was left out so that the rest could be: a blind spot far
 * from any street, a toilet with a broken time window, a washing requirement on a street no longer in the network, a
 * vehicle without a depot.
 *
 * @param kind {@code blindSpot}, {@code toilet}, {@code washingRequirement} or {@code vehicle}
 * @param id the item's id as stored; empty when it has none
 * @param reason what is wrong, then a "Maybe ..." line saying what to do about it, in English
 * @param code what is wrong as a code for the pages to word with {@code params}: FAR_FROM_STREETS,
 *     STREET_NOT_CONNECTED, MISSING_REFERENCE, DUPLICATE_ID, or INVALID_VALUE (params: field) for the other checks;
 *     params always has {@code atLocation}, whether its location is what is wrong (the hint says to correct it); absent
 *     in plans written before reasons had codes
 */
public record SetAsideItem(
        String kind,
        String id,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> params) {

    public SetAsideItem {
        params = params == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public SetAsideItem(String kind, String id, String reason) {
        this(kind, id, reason, null, null);
    }
}

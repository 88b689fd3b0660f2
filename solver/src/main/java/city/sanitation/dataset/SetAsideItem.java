package city.sanitation.dataset;

/**
 * An item of a day's data that could not be planned and was left out so that the rest could be: a blind spot far
 * from any street, a toilet with a broken time window, a washing requirement on a street no longer in the network, a
 * vehicle without a depot.
 *
 * @param kind {@code blindSpot}, {@code toilet}, {@code washingRequirement} or {@code vehicle}
 * @param id the item's id as stored; empty when it has none
 * @param reason what is wrong, then a "Maybe ..." line saying what to do about it
 */
public record SetAsideItem(String kind, String id, String reason) {}

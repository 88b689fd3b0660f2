package city.sanitation.planning.domain;

/** A break the crew takes before driving on; {@code missed} when it cannot end inside its window. */
public record TakenBreak(long start, long end, boolean missed) {}

package city.sanitation.app.whatif;

import java.time.LocalDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A manager's question "what if the weather were this?" about a base plan's day.
 *
 * @param baseVersion the base plan's version to compare with and change the forecast of; null for its newest
 * @param kind {@code snow} (start, hours, depthCm in all), {@code rain} (start, hours, mmPerHour), {@code cold} (every
 *     hour degreesC colder) or {@code forecast} (a whole forecast document)
 * @param start the first hour of the snow or rain, local time on the full hour
 * @param hours how many hours it snows or rains
 * @param depthCm the fresh snow of all those hours together
 * @param mmPerHour the rain of each of those hours
 * @param degreesC how much colder every hour is
 * @param forecast the whole forecast ({@code {source, issuedAt, hours}}) for kind {@code forecast}
 */
record WhatIfRequest(
        Integer baseVersion,
        String kind,
        LocalDateTime start,
        Integer hours,
        Double depthCm,
        Double mmPerHour,
        Double degreesC,
        JsonNode forecast) {}

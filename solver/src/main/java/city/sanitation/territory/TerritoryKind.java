package city.sanitation.territory;

/** The two levels of the district's grid management: a subdistrict (街道) holds grid cells (网格). */
public enum TerritoryKind {
    SUBDISTRICT,
    GRID
}

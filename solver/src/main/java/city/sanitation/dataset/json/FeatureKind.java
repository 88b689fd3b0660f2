package city.sanitation.dataset.json;

/** What a GeoJSON feature of a dataset stands for: the value of its {@code properties.kind}. */
public enum FeatureKind {
    SEGMENT,
    SUBDISTRICT,
    GRID,
    DEPOT,
    HYDRANT,
    TRANSFER_STATION,
    BLIND_SPOT,
    TOILET,
    SALT_DEPOT;

    public String jsonName() {
        return JsonEnums.jsonName(this);
    }
}

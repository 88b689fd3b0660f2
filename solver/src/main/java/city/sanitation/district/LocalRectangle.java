package city.sanitation.district;

/** An axis-aligned rectangle of a {@link LocalProjection}, in metres east ({@code x}) and north ({@code y}). */
public record LocalRectangle(double west, double south, double east, double north) {

    public LocalRectangle {
        if (!(west < east) || !(south < north)) {
            throw new IllegalArgumentException("The rectangle (west " + west + ", south " + south + ", east " + east
                    + ", north " + north + ") must have west < east and south < north.");
        }
    }

    /** The square of half-width {@code halfWidth} around the origin. */
    public static LocalRectangle square(double halfWidth) {
        return new LocalRectangle(-halfWidth, -halfWidth, halfWidth, halfWidth);
    }

    public double width() {
        return east - west;
    }

    public double height() {
        return north - south;
    }

    public double areaSquareKilometres() {
        return width() * height() / 1e6;
    }

    public boolean contains(double x, double y) {
        return x >= west && x <= east && y >= south && y <= north;
    }

    public LocalRectangle grownBy(double metres) {
        return new LocalRectangle(west - metres, south - metres, east + metres, north + metres);
    }
}

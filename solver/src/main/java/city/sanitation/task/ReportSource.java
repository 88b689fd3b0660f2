package city.sanitation.task;

/** Who blew the whistle. */
public enum ReportSource {
    RESIDENT_HOTLINE,
    GRID_WORKER,
    PATROL,
    SUBDISTRICT
}

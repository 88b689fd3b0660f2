package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnowTaskIdTest {

    @Test
    void theIdsSnowPassesAreGivenReadBackAsTheirWork() {
        assertThat(SnowTaskId.of(SnowTaskId.plough("seg-12", 1))).contains(SnowTaskId.PLOUGH);
        assertThat(SnowTaskId.of(SnowTaskId.plough("seg-12", 3))).contains(SnowTaskId.PLOUGH);
        assertThat(SnowTaskId.of(SnowTaskId.deIce("seg-12"))).contains(SnowTaskId.DE_ICE);
    }

    @Test
    void otherTasksAreNoSnowWork() {
        assertThat(SnowTaskId.of("seg-12-p1")).isEmpty();
        assertThat(SnowTaskId.of("seg-12-p1-r")).isEmpty();
        assertThat(SnowTaskId.of("seg-plough")).as("no lane").isEmpty();
        assertThat(SnowTaskId.of("-deice")).as("no street").isEmpty();
        assertThat(SnowTaskId.of(null)).isEmpty();
    }
}

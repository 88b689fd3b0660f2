package city.sanitation.app.weather;

import city.sanitation.app.district.District;
import city.sanitation.app.district.DistrictRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads every district's forecast from the weather source now and then, so the boards show the newest. */
@Component
class WeatherPoller {

    private static final Logger LOG = LoggerFactory.getLogger(WeatherPoller.class);

    private final WeatherSource source;
    private final DistrictRepository districts;

    WeatherPoller(WeatherSource source, DistrictRepository districts) {
        this.source = source;
        this.districts = districts;
    }

    @Scheduled(fixedDelayString = "${sanitation.weather.poll-interval:30m}")
    void poll() {
        if (!source.isConfigured()) {
            return;
        }
        for (District district : districts.findAll()) {
            try {
                source.refresh(district.id());
            } catch (RuntimeException e) {
                // One district's trouble (its database row, say) must not keep the others' forecasts from being read.
                LOG.warn("The forecast of district ({}) could not be refreshed.", district.id(), e);
            }
        }
    }
}

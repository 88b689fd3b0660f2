package city.sanitation.app.district;

import java.util.List;

/** Published once, when the sample district is made at the first start; its demo accounts are made on it. */
public record SampleDistrictMade(String districtId, List<String> vehicleIds) {}

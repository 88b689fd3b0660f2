package city.sanitation.district;

import java.util.HashMap;
import java.util.Map;

/** Tells apart places that would get the same name, as 大东街精品公厕, 大东街精品公厕（2）. */
final class UniqueNames {

    private final Map<String, Integer> uses = new HashMap<>();

    String unique(String name) {
        int use = uses.merge(name, 1, Integer::sum);
        return use == 1 ? name : name + "（" + use + "）";
    }
}

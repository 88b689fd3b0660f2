package city.sanitation.district;

import java.util.List;

/** The 18 subdistricts (街道) of the generated district. */
final class Subdistricts {

    /** The subdistricts that the article about Pingcheng's refined management names. */
    static final List<String> NAMED_IN_ARTICLE = List.of("古城", "文瀛湖", "小南头", "迎宾", "水泊寺");

    /**
     * All 18, the article's first. The old town is 古城; the eight next around it clockwise from the north are
     * 北关, 新华街, 迎宾, 永泰, 南关, 新建南路, 西街, 新建北路; the nine outer ones clockwise from the north-west are
     * 马军营, 北新街, 老平旺, 文瀛湖, 水泊寺, 小南头, 开源街, 向阳里, 新旺.
     */
    static final List<String> ALL = List.of(
            "古城", "文瀛湖", "小南头", "迎宾", "水泊寺", "南关", "北关", "新建南路", "新建北路", "向阳里", "老平旺", "新华街", "永泰", "北新街", "西街", "开源街",
            "马军营", "新旺");

    static final int COUNT = 18;

    private Subdistricts() {}

    static String id(int number) {
        return "sd-%02d".formatted(number);
    }

    static String displayName(String name) {
        return name + "街道";
    }

    static int number(String name) {
        int index = ALL.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("The subdistrict (" + name + ") is not one of " + ALL + ".");
        }
        return index + 1;
    }
}

package city.sanitation.district;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain, real-sounding Chinese street names, handed out in a fixed order so that generated districts are the same
 * from run to run. When a pool runs out, names repeat with an ordinal (永和二街, 永和三街, ...).
 */
final class StreetNames {

    /** Old-town alleys (胡同/巷): temples, markets and offices of the old walled town. */
    static final List<String> OLD_TOWN_ALLEY_PREFIXES = List.of(
            "九龙壁", "大有仓", "帅府", "柴市", "马王庙", "钟楼", "兴国寺", "四牌楼", "花园", "雁塔", "太平", "府学", "城隍庙", "仓门", "顺城", "白马", "察院",
            "鲜鱼口", "棋盘", "大皮", "小皮", "双涌泉", "关岳庙", "火神庙", "纯阳宫", "三圣寺", "总镇署", "米市", "草市", "铁匠", "木头市", "粮店", "鞍子",
            "油店", "染房", "牛角", "三眼井", "龙王庙", "南寺", "东小城", "西小城", "拐角", "清真寺", "玉皇阁", "文庙", "孝义", "古槐", "五道庙", "观音堂",
            "县楼", "和阳", "上华严", "下华严", "东柴市", "西柴市", "太师府");

    private static final List<String> OLD_TOWN_ALLEY_SUFFIXES = List.of("巷", "胡同", "巷", "街", "巷", "胡同");

    /** Streets of the new quarters. */
    static final List<String> NEW_QUARTER_PREFIXES = List.of(
            "永和", "安康", "富民", "幸福", "兴华", "和平", "友谊", "建设", "团结", "东信", "恒丰", "柳港", "桐荫", "校场", "红旗", "振华", "云冈", "雁北",
            "同泰", "御苑", "龙城", "华林", "怡园", "府前", "文昌", "馨园", "公园", "操场", "武定", "清泉", "锦绣", "星河", "康乐", "和顺", "平安", "泰和",
            "长青", "紫云", "瑞祥", "嘉和", "明德", "崇文", "育才", "光华", "朝阳", "新民", "兴业", "福民", "万和", "金城", "玉河", "十里", "白登", "采凉",
            "方山", "魏都", "拓跋", "云州", "雁门", "同和", "安泰", "福康", "祥和", "丰盛", "绿洲", "书香", "润泽", "永安", "德胜", "广顺", "荣华", "盛世",
            "新苑", "春晖", "秀水", "御景", "晋华", "枫林");

    private static final List<String> ORDINALS = List.of("", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private final Map<String, Integer> handedOutBySuffix = new HashMap<>();

    /** The next new-quarter name with {@code suffix}, e.g. 永和街, then 安康街, ..., then 永和二街. */
    String nextNewQuarter(String suffix) {
        int index = handedOutBySuffix.merge(suffix, 1, Integer::sum) - 1;
        String prefix = NEW_QUARTER_PREFIXES.get(index % NEW_QUARTER_PREFIXES.size());
        int round = index / NEW_QUARTER_PREFIXES.size();
        String ordinal = round < ORDINALS.size() ? ORDINALS.get(round) : String.valueOf(round + 1);
        return prefix + ordinal + suffix;
    }

    /** The next old-town alley name, e.g. 九龙壁巷, 大有仓胡同. */
    String nextOldTownAlley() {
        int index = handedOutBySuffix.merge("old town alley", 1, Integer::sum) - 1;
        String prefix = OLD_TOWN_ALLEY_PREFIXES.get(index % OLD_TOWN_ALLEY_PREFIXES.size());
        int round = index / OLD_TOWN_ALLEY_PREFIXES.size();
        String suffix = OLD_TOWN_ALLEY_SUFFIXES.get((index + round) % OLD_TOWN_ALLEY_SUFFIXES.size());
        return prefix + (round == 0 ? "" : ORDINALS.get(Math.min(round, ORDINALS.size() - 1))) + suffix;
    }

    /** The {@code number}th (from 1) dead-end lane off {@code street}, e.g. 永和街二巷. */
    static String laneOff(String street, int number) {
        String ordinal = number <= 10
                ? List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十").get(number - 1)
                : String.valueOf(number);
        return street + ordinal + "巷";
    }
}

// The solver explains undone work in English sentences of a few fixed shapes (planning/report/UnassignedExplainer);
// in the Chinese UI each shape is said in Chinese, with the plan rules' names translated. Details inside a rule
// (times, volumes) stay as the solver wrote them.
import { language, t } from './i18n.js';

const RULES_ZH = {
  'Vehicle can do the task': '车辆能做此作业',
  'Crew has the equipment': '班组配有所需设备',
  "Back before the shift's hard end": '班次硬性结束前回场',
  'Work inside allowed windows': '在允许的时段内作业',
  'Start before the latest start': '不晚于最迟开始时间',
  'Task fits the vehicle': '任务不超出车辆容量',
  'Toilet rounds keep the minimum gap': '公厕保洁保持最小间隔',
  'Toilet rounds in order': '公厕保洁按轮次顺序',
  'Breaks inside their windows': '休息在规定时段内',
  'No work for a broken-down vehicle': '故障车辆不再派活',
};

const CAPABILITY_ZH = {
  WASHING: '冲洗',
  SPRINKLING: '洒水',
  SWEEPING: '清扫',
  GARBAGE_PICKUP: '垃圾清运',
  TOILET_CLEANING: '公厕保洁',
};

const capability = (name) => CAPABILITY_ZH[name] || name;

function rules(list) {
  return list.split('; ').map((rule) => {
    const named = Object.keys(RULES_ZH).find((name) => rule.startsWith(name));
    return named ? RULES_ZH[named] + rule.slice(named.length) : rule;
  }).join('；');
}

const SHAPES = [
  [/^no vehicle or crew in the fleet can do (\w+) work$/, (m) => `车队中没有能做${capability(m[1])}作业的车辆或班组`],
  [/^no (\w+) crew has (.+)$/, (m) => `没有配备 ${m[2]} 的${capability(m[1])}班组`],
  [/^no route has room for it$/, () => '没有任何路线排得下'],
  [/^the best place \((.+), stop (\d+)\) would break: (.+)$/,
    (m) => `最佳位置（${m[1]} 第 ${m[2]} 站）会违反：${rules(m[3])}`],
  [/^it fits in (.+) at stop (\d+) without breaking a rule \(score change (.+)\); the solver had not placed it when its time ran out: solve longer or re-plan$/,
    (m) => `可排入 ${m[1]} 第 ${m[2]} 站且不违反规则（得分变化 ${m[3]}）；求解时间结束前尚未排入：请延长求解或重新规划`],
  [/^it fits in (.+) at stop (\d+), but doing it costs more than leaving it \(score change (.+)\)$/,
    (m) => `可排入 ${m[1]} 第 ${m[2]} 站，但完成它的代价高于不做（得分变化 ${m[3]}）`],
  [/^it fits in (.+) at stop (\d+) without breaking a rule, by the route planner's check of the routes and the toilets' gaps, and costs less than leaving it; the solver had not placed it when its time ran out: solve longer or re-plan$/,
    (m) => `按路线规划器对各路线和公厕保洁间隔的检查，可排入 ${m[1]} 第 ${m[2]} 站且不违反规则，代价低于不做；求解时间结束前尚未排入：请延长求解或重新规划`],
  [/^it fits in (.+) at stop (\d+) without breaking a rule, by the route planner's check of the routes and the toilets' gaps, but doing it there costs more than leaving it$/,
    (m) => `按路线规划器对各路线和公厕保洁间隔的检查，可排入 ${m[1]} 第 ${m[2]} 站且不违反规则，但在此完成它的代价高于不做`],
  [/^not checked one by one: /, () => '未逐一检查：说明原因的时间已用于前面列出的任务；重新规划或延长求解可看到更多'],
  [/^no route of the plan has a place for it that keeps its windows, capacity, breaks, shift end and toilet gaps, as the routes are now$/,
    () => '按各路线现状，没有任何位置能同时满足时段、容量、休息、班次结束和公厕保洁间隔的要求'],
];

/** The solver's reason for an undone task, in the UI's language. */
export function reasonText(reason) {
  if (!reason || language() !== 'zh') return reason;
  for (const [shape, say] of SHAPES) {
    const match = reason.match(shape);
    if (match) return say(match);
  }
  return reason;
}

/** A task's label as the solver writes it; a blind spot without a description is "<category> at <street>". */
export function labelText(label) {
  const match = label && label.match(/^(household garbage|construction debris|bulky waste) at (.+)$/);
  if (!match || language() !== 'zh') return label;
  return `${t(match[1].toUpperCase().replace(/ /g, '_'))} · ${match[2]}`;
}

// Why an item of the day's data was set aside (dataset/SetAsideSorting): what is wrong, then what to do. The common
// shapes are said in Chinese; other checks' sentences stay as the reader wrote them.
const SET_ASIDE_SHAPES = [
  [/^The (blind spot|toilet) \((.*)\) is (.+) from the nearest street segment \((.+)\), farther than the maximum snapping distance \((.+)\)\.$/,
    (m) => `${m[1] === 'toilet' ? '公厕' : '垃圾死角'}（${m[2]}）距最近的道路路段（${m[4]}）${m[3]}，超过最大吸附距离（${m[5]}）。`],
  [/^The segment \((.+)\) of washing requirement \((.+)\) does not exist\.$/, (m) => `冲洗要求（${m[2]}）的路段（${m[1]}）已不在路网中。`],
  [/^The depot \((.+)\) of vehicle \((.+)\) does not exist\.$/, (m) => `车辆（${m[2]}）的车场（${m[1]}）不存在。`],
];

const SET_ASIDE_HINTS_ZH = {
  'Maybe correct its location or reject the report; the rest of the district is planned.': '可更正其位置或驳回该上报；辖区其余部分照常排班。',
  'Maybe correct the report or reject it; the rest of the district is planned.': '可更正或驳回该上报；辖区其余部分照常排班。',
  "Maybe correct the toilet in the district's data; it is left out of the plan until then.": '可在辖区数据中更正该公厕；更正前不排入计划。',
  "Maybe correct or remove the washing requirement in the district's data; it is left out of the plan until then.": '可在辖区数据中更正或删除该冲洗要求；更正前不排入计划。',
  "Maybe correct the vehicle in the district's data; the other vehicles are planned without it.": '可在辖区数据中更正该车辆；其余车辆照常排班。',
};

/** The reason an item was set aside, on one line, in the UI's language. */
export function setAsideText(reason) {
  const [what, ...hints] = (reason || '').split('\n');
  if (language() !== 'zh') return [what, ...hints].join(' ');
  const shape = SET_ASIDE_SHAPES.find(([pattern]) => pattern.test(what));
  const said = shape ? shape[1](what.match(shape[0])) : what;
  return [said, ...hints.map((hint) => SET_ASIDE_HINTS_ZH[hint] || hint)].join(shape ? '' : ' ');
}

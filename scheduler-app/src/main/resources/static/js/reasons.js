// The solver gives every reason and every rule's effect as a code with parameters (plan.json's unassigned[].code,
// late[].code, setAside[].code and rules[]); the pages word them from the i18n catalogue in the reader's language.
// A code the catalogue does not know, or a plan written before reasons had codes, shows the solver's English sentence.
import { scoreParts } from './common.js';
import { duration } from './format.js';
import { language, t } from './i18n.js';

/** The catalogue's words for key with each {name} filled from params; null when the catalogue has no such key. */
export function say(key, params = {}) {
  const words = t(key);
  if (words === key) return null;
  return words.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The catalogue's words for n things: the key's "_one" form for one where the language has it. */
function counted(key, n, params = {}) {
  const one = n === 1 ? say(`${key}_one`, { n: count(n), ...params }) : null;
  return one || say(key, { n: count(n), ...params }) || `${count(n)} ${key}`;
}

function count(n) {
  return Number(n).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en');
}


/** Metres as "850 m" or "11,966 km". */
function distance(metres) {
  const m = Number(metres);
  return m < 10000 ? `${count(Math.round(m))} m` : `${count(Math.round(m / 1000))} km`;
}

const capability = (name) => say(`capability_${name}`) || name;
const ruleName = (code) => say(`rule_${code}`) || code;

/** Each reason code's parameters as the words say them; parameters not named here are said as given. */
const WORDED_PARAMS = {
  capability,
  rules: (codes) => codes.split(',').map(ruleName).join(language() === 'zh' ? '；' : '; '),
  minutes: duration,
  metres: distance,
  target: (target) => say(`setAsideTarget_${target.replace(/ /g, '_')}`) || target,
  field: (field) => say(`field_${field}`) || field,
};

function worded(params) {
  return Object.fromEntries(Object.entries(params || {}).map(([name, value]) => [
    name, WORDED_PARAMS[name] ? WORDED_PARAMS[name](String(value)) : value]));
}

/**
 * Why a task is undone (an unassigned task or its map feature's properties: code, params and the English reason), in
 * the UI's language. A bare string is an English reason from before reasons had codes and is shown as it is.
 */
export function reasonText(task) {
  if (!task || typeof task === 'string') return task || '';
  return (task.code && say(`reason_${task.code}`, worded(task.params))) || task.reason || '';
}

/** A task's label as the solver writes it; a blind spot without a description is "<category> at <street>". */
export function labelText(label) {
  // A salt reload's stop is worded by its kind ("Salt reload"): its label need only name the salt depot.
  const salt = label && label.match(/^reload salt at (.+)$/);
  if (salt) return salt[1];
  const match = label && label.match(/^(household garbage|construction debris|bulky waste) at (.+)$/);
  if (!match || language() !== 'zh') return label;
  return `${t(match[1].toUpperCase().replace(/ /g, '_'))} · ${match[2]}`;
}

/**
 * Why an item of the day's data was set aside, then what to do about it, on one line in the UI's language. A check
 * the catalogue has no words for shows its English sentence.
 */
export function setAsideText(item) {
  const [what, ...hints] = (item?.reason || '').split('\n');
  if (!item?.code) return [what, ...hints].join(' ');
  const params = worded(item.params);
  const said = say(`setAside_${item.code}`, params);
  const atLocation = item.params?.atLocation === 'true';
  const hint = say(`setAsideDo_${item.kind}${atLocation ? '_location' : ''}`) || say(`setAsideDo_${item.kind}`);
  if (!said) return [what, ...hints].join(' ');
  return hint ? `${said} ${hint}` : said;
}

// --- The score as a table of rules -------------------------------------------------------------------------------

const TASK_KINDS = ['BLIND_SPOT', 'TOILET_ROUND', 'STREET_PASS'];

/**
 * What a rule's line says: "3 blind spots late, 47 min in all", "2 toilet rounds undone", "cost ¥1,234".
 *
 * @param kindOf the kind of a task by its id (BLIND_SPOT, TOILET_ROUND, STREET_PASS), for the undone work
 */
export function ruleEffectText(rule, kindOf = () => null) {
  const params = { amount: duration(rule.amount), yuan: yuan(rule.amount) };
  if (rule.rule === 'UNASSIGNED') {
    const byKind = {};
    for (const id of rule.taskIds || []) {
      const kind = kindOf(id) || 'TASK';
      byKind[kind] = (byKind[kind] || 0) + 1;
    }
    const kinds = [...TASK_KINDS, 'TASK'].filter((kind) => byKind[kind]);
    const what = kinds.map((kind) => counted(`count_${kind}`, byKind[kind]))
      .join(language() === 'zh' ? '、' : ', ');
    return say('ruleEffect_UNASSIGNED', { what }) || what;
  }
  const n = rule.unit === 'rounds' || rule.unit === 'breaks' ? rule.amount : rule.count;
  const key = `ruleEffect_${rule.rule}`;
  if (t(key) === key) return `${ruleName(rule.rule)}: ${count(n)}`;
  return counted(key, n, params);
}

function yuan(fen) {
  return (Number(fen) / 100).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });
}

export { ruleName };

/** A plan's verdict in a few words: "feasible · 3 rules broken"; without its rules (an older plan), feasibility alone. */
export function verdict(feasible, rulesBroken) {
  const feasibility = feasible ? t('feasible') : t('infeasible');
  if (rulesBroken === null || rulesBroken === undefined) return feasibility;
  const broken = Number(rulesBroken) === 0 ? t('verdictNoRuleBroken') : counted('verdictRulesBroken', Number(rulesBroken));
  return `${feasibility} · ${broken}`;
}

/** The verdict of a bare score (while solving, before the plan's rules are known): feasible or not. */
export function scoreVerdict(score) {
  const { hard } = scoreParts(score);
  if (hard === undefined) return '–';
  return hard < 0 ? t('infeasible') : t('feasible');
}

/**
 * What a task is, in the UI's language: a street pass whose id names snow work ("<segment>-plough<k>",
 * "<segment>-deice", see datasets/FORMAT.md) is a ploughing or de-icing pass, not street washing.
 */
export function taskKindText(taskKind, taskId) {
  const work = snowWork(taskId);
  return work ? t(`snowWork_${work}`) : t(taskKind);
}

/** PLOUGH or DE_ICE for a snow pass's task id, else null. */
export function snowWork(taskId) {
  if (/-plough[1-9][0-9]*$/.test(taskId || '')) return 'PLOUGH';
  if (/.-deice$/.test(taskId || '')) return 'DE_ICE';
  return null;
}

// Durations and times in words, in the district's local time and the reader's language: "2 h 8 min late, due 21:38
// yesterday" rather than "Late 128 min · 11-28 21:38". Pure functions of their arguments and the language, for
// every page. The plan's date-times are already the district's local times ("2026-11-28T21:38:00"); a moment with an
// offset or Z (an instant the server stamped) is moved into the district's zone first.
import { districtTimeZone } from './common.js';
import { language, t } from './i18n.js';

const DAY = 24 * 60;

/** Fills a catalogue entry's {name} places: fill('{h} h {m} min', {h: 2, m: 8}) -> "2 h 8 min". */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * A length of time in words: "45 min", "2 h 8 min", "3 h"; from a day on to the nearest hour, "3 d 4 h" (a crew does
 * not care about minutes three days late). Negative minutes read as their size.
 */
export function duration(minutes) {
  const total = Math.round(Math.abs(Number(minutes) || 0));
  if (total >= DAY) {
    const hours = Math.round(total / 60);
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return rest ? fill(t('fmt_daysHours'), { d: days, h: rest }) : fill(t('fmt_days'), { d: days });
  }
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (!hours) return fill(t('fmt_minutes'), { m: rest });
  return rest ? fill(t('fmt_hoursMinutes'), { h: hours, m: rest }) : fill(t('fmt_hours'), { h: hours });
}

/** A date-time as the district's local "YYYY-MM-DDTHH:MM": as given when it is local, moved into the zone when not. */
export function local(dateTime, zone = districtTimeZone()) {
  if (!dateTime) return null;
  if (!/[zZ]|[+-]\d\d:\d\d$/.test(dateTime)) return dateTime.slice(0, 16);
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(dateTime)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Whole days from one "YYYY-MM-DD" to another. */
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** A date in words as the reader writes it: "28 Nov" or "11月28日". */
export function date(day) {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(language() === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'UTC', day: 'numeric', month: language() === 'zh' ? 'long' : 'short',
  });
}

/**
 * A moment as the clock reads and the day against the plan's day: "21:38 yesterday", "06:08 today", "07:00 tomorrow",
 * else "21:38 on 25 Nov" (in Chinese "昨天21:38", "11月25日21:38"). Without a plan's day, the clock alone.
 */
export function localTime(dateTime, planDay, zone) {
  const moment = local(dateTime, zone);
  if (!moment) return '';
  const [day, clock] = moment.split('T');
  if (!planDay) return clock;
  const offset = daysBetween(planDay, day);
  const key = { '-1': 'fmt_yesterday', 0: 'fmt_today', 1: 'fmt_tomorrow' }[offset];
  return key ? fill(t(key), { time: clock }) : fill(t('fmt_onDate'), { time: clock, date: date(day) });
}

/** The clock alone on the plan's day, the day in words on any other: for the many times of one day's stops. */
export function clock(dateTime, planDay, zone) {
  const moment = local(dateTime, zone);
  if (!moment) return '';
  return planDay && moment.slice(0, 10) !== planDay ? localTime(dateTime, planDay, zone) : moment.slice(11, 16);
}

/** From one moment to another: "22:00–06:00", the day in words where it is not the plan's day. */
export function span(start, end, planDay, zone) {
  return `${clock(start, planDay, zone)}–${clock(end, planDay, zone)}`;
}

/** A late task in words: "2 h 8 min late, due 21:38 yesterday" / "迟到2小时8分，应于昨天21:38前完成". */
export function lateness(task, planDay, zone) {
  return fill(t('fmt_late'), { duration: duration(task.lateMinutes), due: localTime(task.deadline, planDay, zone) });
}

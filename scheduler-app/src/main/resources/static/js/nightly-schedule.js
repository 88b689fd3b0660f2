// The nightly schedule as a manager thinks of it (a time and the days of the week) and as Quartz stores it (a cron).
// Only the crons the picker builds, and their usual spellings, are read back; anything else is "advanced" and stays
// as text.
import { t } from './i18n.js';

/** The days in the order a week is read (Monday first), as Quartz names them. */
export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

// Quartz counts the days of the week from Sunday = 1.
const QUARTZ_NUMBER = { 1: 'SUN', 2: 'MON', 3: 'TUE', 4: 'WED', 5: 'THU', 6: 'FRI', 7: 'SAT' };
const WEEK_FROM_SUNDAY = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function dayName(token) {
  const upper = token.toUpperCase();
  if (WEEK_FROM_SUNDAY.includes(upper)) return upper;
  return /^[1-7]$/.test(token) ? QUARTZ_NUMBER[token] : null;
}

/** The days a Quartz day-of-week field names ("MON-FRI", "MON,WED,FRI", "2-6"), or null when it says more. */
function readDays(field) {
  const days = new Set();
  for (const part of field.split(',')) {
    const range = part.split('-');
    if (range.length > 2) return null;
    const from = dayName(range[0]);
    const to = dayName(range[range.length - 1]);
    if (!from || !to) return null;
    // A range may wrap over the week's end (FRI-MON), as Quartz allows.
    let index = WEEK_FROM_SUNDAY.indexOf(from);
    for (let steps = 0; steps < 7; steps++) {
      days.add(WEEK_FROM_SUNDAY[index]);
      if (WEEK_FROM_SUNDAY[index] === to) break;
      index = (index + 1) % 7;
    }
  }
  return DAYS.filter((day) => days.has(day));
}

/**
 * {hour, minute, days} for a cron that fires once on each chosen day at one time (days in Monday-first order), or
 * null when the cron says something the picker cannot show (several times a day, days of the month, seconds, years).
 */
export function readCron(cron) {
  const fields = (cron || '').trim().split(/\s+/);
  if (fields.length !== 6) return null;
  const [second, minute, hour, dayOfMonth, month, dayOfWeek] = fields;
  if (!/^0{1,2}$/.test(second) || !/^\d{1,2}$/.test(minute) || !/^\d{1,2}$/.test(hour) || month !== '*') return null;
  const time = { hour: Number(hour), minute: Number(minute) };
  if (time.hour > 23 || time.minute > 59) return null;
  if ((dayOfMonth === '*' && dayOfWeek === '?') || (dayOfMonth === '?' && dayOfWeek === '*')) {
    return { ...time, days: [...DAYS] };
  }
  if (dayOfMonth !== '?') return null;
  const days = readDays(dayOfWeek);
  return days && days.length ? { ...time, days } : null;
}

/** The days as one range when they follow each other in the week (at least three), else null. */
function asRange(days) {
  const indexes = days.map((day) => DAYS.indexOf(day));
  const consecutive = indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
  return consecutive && days.length >= 3 ? [days[0], days[days.length - 1]] : null;
}

/** The Quartz cron for a time on some days: "0 30 6 ? * MON-FRI", or "0 0 18 * * ?" for every day. */
export function buildCron({ hour, minute, days }) {
  const ordered = DAYS.filter((day) => days.includes(day));
  if (!ordered.length) throw new Error('no day chosen');
  if (ordered.length === 7) return `0 ${minute} ${hour} * * ?`;
  const range = asRange(ordered);
  return `0 ${minute} ${hour} ? * ${range ? range.join('-') : ordered.join(',')}`;
}

const pad = (n) => String(n).padStart(2, '0');

/** "every day at 18:00", "Mon–Fri at 06:30", "每天18:00", "每周一至周五06:30". */
export function scheduleWords({ hour, minute, days }) {
  const time = `${pad(hour)}:${pad(minute)}`;
  const ordered = DAYS.filter((day) => days.includes(day));
  if (ordered.length === 7) return t('scheduleEveryDay').replace('{time}', time);
  const range = asRange(ordered);
  const named = range
    ? t('scheduleDayRange').replace('{from}', t(`day_${range[0]}`)).replace('{to}', t(`day_${range[1]}`))
    : ordered.map((day) => t(`day_${day}`)).join(t('scheduleDaySeparator'));
  return t('scheduleOnDays').replace('{days}', named).replace('{time}', time);
}

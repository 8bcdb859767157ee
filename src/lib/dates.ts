/** A date as sources give it: a year, a month or a day. */
export type Precision = 'day' | 'month' | 'year';

// Tested, never matched: a dataset has thousands of dates, and each match builds an array.
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month is 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The precision a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string carries, or null if it is none of those. */
export function precisionOf(value: string): Precision | null {
  if (!PARTIAL_DATE.test(value)) return null;
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** The number written by the two ASCII digits at `index`. */
function twoDigits(value: string, index: number): number {
  return (value.charCodeAt(index) - 48) * 10 + value.charCodeAt(index + 1) - 48;
}

/**
 * Why a partial ISO date is not a real calendar date, or null when it is one.
 * `2024-02-30` → "is not a calendar date (February 2024 has 29 days)".
 */
export function calendarDateProblem(value: string): string | null {
  if (!PARTIAL_DATE.test(value))
    return `${JSON.stringify(value)} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  if (value.length === 4) return null;
  const month = twoDigits(value, 5);
  if (month < 1 || month > 12)
    return `${value} is not a calendar date (month ${value.slice(5, 7)} does not exist)`;
  if (value.length === 7) return null;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const day = twoDigits(value, 8);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `${value} is not a calendar date (${MONTHS[month - 1]} ${year} has ${last} days)`;
  }
  return null;
}

/** The first day a partial date can mean, as `YYYY-MM-DD` (`2025` → `2025-01-01`). */
export function startOfPartialDate(value: string): string {
  // By length first: sorting calls this for every comparison, and split() allocates.
  if (value.length === 10) return value;
  if (value.length === 7) return `${value}-01`;
  if (value.length === 4) return `${value}-01-01`;
  const [year = '0000', month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean, as `YYYY-MM-DD` (`2024-02` → `2024-02-29`). */
export function endOfPartialDate(value: string): string {
  if (value.length === 10) return value;
  const [year = '0000', month, day] = value.split('-');
  if (day !== undefined && month !== undefined) return `${year}-${month}-${day}`;
  const lastMonth = month ?? '12';
  const lastDay = daysInMonth(Number(year), Number(lastMonth));
  return `${year}-${lastMonth}-${String(lastDay).padStart(2, '0')}`;
}

/** Orders partial dates by their first possible day; ties keep the coarser date first. */
export function comparePartialDates(a: string, b: string): number {
  // Plain comparison: ISO dates order as ASCII strings, and localeCompare is many times slower.
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0;
  const startA = startOfPartialDate(a);
  const startB = startOfPartialDate(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a.length - b.length;
}

/** The year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A partial date in words, at its precision: `2024-05-20` → "20 May 2024", `2024-05` → "May 2024",
 * `2025` → "2025". Uncertain dates get a leading "c.". Pure: no time zone involved.
 */
export function formatPartialDate(value: string, uncertain = false): string {
  // Sliced rather than split: a large dataset formats thousands of dates as it opens.
  let words = value.slice(0, 4);
  const monthName = value.length >= 7 ? MONTHS[Number(value.slice(5, 7)) - 1] : undefined;
  if (monthName !== undefined) words = `${monthName} ${words}`;
  if (value.length >= 10) words = `${Number(value.slice(8, 10))} ${words}`;
  return uncertain ? `c. ${words}` : words;
}

/**
 * A partial date as a point on a time axis, in milliseconds since the epoch (UTC): a day at its
 * start, a month or a year at its middle, so coarse dates sit centred on the period they mean.
 */
export function partialDateToTime(value: string): number {
  // From numbers, not by parsing date text: a timeline of thousands of points calls this for each.
  const year = Number(value.slice(0, 4));
  const month = value.length >= 7 ? Number(value.slice(5, 7)) : undefined;
  const day = value.length >= 10 ? Number(value.slice(8, 10)) : undefined;
  const start = utcTime(year, month ?? 1, day ?? 1);
  const lastMonth = month ?? 12;
  const end = utcTime(year, lastMonth, day ?? daysInMonth(year, lastMonth));
  return start + Math.floor((end - start) / 2);
}

/** 400 Gregorian years, in ms: the calendar repeats after exactly 146,097 days. */
const GREGORIAN_CYCLE = 146_097 * 86_400_000;

/** Midnight UTC of a day. Date.UTC reads years 0–99 as 1900–1999, so those go via year + 400. */
function utcTime(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  return Date.UTC(year + 400, month - 1, day) - GREGORIAN_CYCLE;
}

/**
 * Orders partial dates by the middle of the period each can mean, as a time axis places them (a
 * year-only `2025` after `2025-01-23`, since it most likely falls later); ties keep the coarser first.
 */
export function compareByMiddle(a: string, b: string): number {
  return partialDateToTime(a) - partialDateToTime(b) || comparePartialDates(a, b);
}

/** The most year ticks a time axis gets; the chart measures each label, which took 170 ms for 176. */
export const YEAR_TICKS_MAX = 30;

const YEAR_TICK_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * Ticks for a time axis from `first` to the end of `last` (UTC milliseconds of 1 January each): every
 * year while that makes at most `max` ticks, else every 2nd, 5th, 10th, 20th… year (the multiples
 * of the smallest step that fits), so that a file spanning centuries does not get one per year.
 */
export function yearAxisTicks(first: number, last: number, max = YEAR_TICKS_MAX): number[] {
  const count = (step: number) => Math.floor((last + 1) / step) - Math.ceil(first / step) + 1;
  const step = YEAR_TICK_STEPS.find((each) => count(each) <= max) ?? last + 2 - first;
  const start = Math.ceil(first / step) * step;
  const ticks: number[] = [];
  for (let year = start; year <= last + 1; year += step) ticks.push(Date.UTC(year, 0, 1));
  return ticks;
}

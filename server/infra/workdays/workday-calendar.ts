import { AppError } from '../errors/app-error.ts';
import { type ConditionalHoliday, dutchHolidays } from './dutch-holidays.ts';
import { type HolidayRules, holidayRulesSchema } from './holiday-rules.ts';
import {
  assertWholeNumber,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './iso-date.ts';

/** national: always a day off; cao: a day off by the organisation's rules; organisation: an extra closed day. */
export type HolidayKind = 'national' | 'cao' | 'organisation';

export type Holiday = { date: IsoDate; name: string; kind: HolidayKind };

export type WorkdayCalendar = {
  /** Monday to Friday and not a holiday or closed day of the organisation. */
  isWorkingDay(d: IsoDate): boolean;
  /** The days off of a year by these rules (also those on a weekend), sorted by date. */
  holidaysInYear(year: number): readonly Holiday[];
  /** The n-th working day after d (d itself not counted); n = 0 returns d; negative n goes back. */
  addWorkingDays(d: IsoDate, n: number): IsoDate;
  /**
   * The working days passed when walking from `from` to `to`: `from` excluded, `to` included, so
   * from < w <= to, and to <= w < from counted negatively when going back. Hence addWorkingDays(a, n) = b
   * implies workingDaysBetween(a, b) = n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** d itself when it is a working day, otherwise the first working day after it. */
  nextWorkingDay(d: IsoDate): IsoDate;
};

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const EXTRA_CLOSED_DAY_NAME = 'Sluitingsdag';

function ruleApplies(conditional: ConditionalHoliday, year: number, rules: HolidayRules): boolean {
  if (conditional === 'goedeVrijdag') return rules.goedeVrijdag;
  return rules.bevrijdingsdag === 'always' || (rules.bevrijdingsdag === 'lustrum' && year % 5 === 0);
}

function validRules(rules: HolidayRules): HolidayRules {
  const result = holidayRulesSchema.safeParse(rules);
  if (result.success) return result.data;
  const fields = Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.code]));
  throw new AppError('VALIDATION_FAILED', { fields, detail: 'invalid holiday rules' });
}

export function createWorkdayCalendar(holidayRules: HolidayRules): WorkdayCalendar {
  const rules = validRules(holidayRules);
  const years = new Map<number, { holidays: readonly Holiday[]; closed: ReadonlySet<number> }>();

  function year(y: number) {
    const cached = years.get(y);
    if (cached) return cached;
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
      throw new AppError('VALIDATION_FAILED', { params: { value: y } });
    }
    const holidays: Holiday[] = dutchHolidays(y)
      .filter((h) => h.conditional === null || ruleApplies(h.conditional, y, rules))
      .map((h) => ({ date: h.date, name: h.name, kind: h.conditional === null ? 'national' : 'cao' }));
    const prefix = `${y}-`;
    for (const date of new Set(rules.extraClosedDays)) {
      if (date.startsWith(prefix) && !holidays.some((h) => h.date === date)) {
        holidays.push({ date, name: EXTRA_CLOSED_DAY_NAME, kind: 'organisation' });
      }
    }
    holidays.sort((a, b) => a.date.localeCompare(b.date));
    const entry = {
      holidays: Object.freeze(holidays.map((h) => Object.freeze(h))),
      closed: new Set(holidays.map((h) => toDayNumber(h.date))),
    };
    years.set(y, entry);
    return entry;
  }

  function isWorkingDayNumber(day: number): boolean {
    return weekdayOfDayNumber(day) <= 5 && !year(yearOfDayNumber(day)).closed.has(day);
  }

  return {
    isWorkingDay: (d) => isWorkingDayNumber(toDayNumber(d)),

    holidaysInYear: (y) => year(y).holidays,

    addWorkingDays(d, n) {
      let day = toDayNumber(d);
      assertWholeNumber(n);
      const step = Math.sign(n);
      for (let remaining = Math.abs(n); remaining > 0; ) {
        day += step;
        if (isWorkingDayNumber(day)) remaining--;
      }
      return fromDayNumber(day);
    },

    workingDaysBetween(from, to) {
      const start = toDayNumber(from);
      const end = toDayNumber(to);
      const forward = end >= start;
      let count = 0;
      for (let day = start; day !== end; ) {
        day += forward ? 1 : -1;
        if (isWorkingDayNumber(day)) count++;
      }
      return forward ? count : 0 - count; // never -0
    },

    nextWorkingDay(d) {
      let day = toDayNumber(d);
      while (!isWorkingDayNumber(day)) day++;
      return fromDayNumber(day);
    },
  };
}

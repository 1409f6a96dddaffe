export { defaultHolidayRules, type HolidayRules, holidayRulesSchema } from './holiday-rules.ts';
export {
  addCalendarDays,
  type IsoDate,
  isIsoDate,
  isoDate,
  isoWeekday,
  toAmsterdamDate,
} from './iso-date.ts';
export {
  createWorkdayCalendar,
  type Holiday,
  type HolidayKind,
  type WorkdayCalendar,
} from './workday-calendar.ts';

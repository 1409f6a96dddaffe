import { addCalendarDays, type IsoDate, toDayNumber } from '../../infra/workdays/iso-date.ts';

const MS_PER_DAY = 86_400_000;

const amsterdamClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Amsterdam's clock is ahead of UTC at an instant: one hour in winter, two in summer. */
function amsterdamOffsetMs(instantMs: number): number {
  const parts = amsterdamClock.formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a calendar day begins in the Netherlands. The offset is checked again at the instant
 * found, so the answer does not rest on when in the night the clocks change.
 */
export function startOfAmsterdamDay(date: IsoDate): Date {
  const utcMidnight = toDayNumber(date) * MS_PER_DAY;
  const guess = utcMidnight - amsterdamOffsetMs(utcMidnight);
  return new Date(utcMidnight - amsterdamOffsetMs(guess));
}

/** The instant a calendar day ends in the Netherlands (exclusive): the start of the next day. */
export function endOfAmsterdamDay(date: IsoDate): Date {
  return startOfAmsterdamDay(addCalendarDays(date, 1));
}

/**
 * The operator types date and time as Dutch time, whatever the computer's own time zone is, so that the
 * time typed is the time every page shows (`formatDateTime` shows Europe/Amsterdam).
 */
const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fieldsAt(ms: number): Record<string, string> {
  return Object.fromEntries(amsterdam.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
}

/** How far Amsterdam's clock is ahead of UTC at this moment (one hour in winter, two in summer). */
function offsetAt(ms: number): number {
  const f = fieldsAt(ms);
  const wall = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute));
  return wall - Math.floor(ms / 60_000) * 60_000;
}

/** `YYYY-MM-DDTHH:mm` in Amsterdam time, the value of an `<input type="datetime-local">`. */
export function toAmsterdamInput(date: Date): string {
  const f = fieldsAt(date.getTime());
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}`;
}

/** The moment meant by an Amsterdam `YYYY-MM-DDTHH:mm`; null for anything else. */
export function fromAmsterdamInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset is taken twice: the first guess can fall on the other side of a clock change.
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** Today's date in the Netherlands as `jjjj-mm-dd` (how the API writes a Verloopdatum). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * Whether a KLIC has expired: its Verloopdatum lies before today (it is valid through that day). Worked
 * out on the phone, not taken from the server's answer: a list kept on the device for days would still
 * call it valid.
 */
export function isExpired(expiresOn: string | null, today: string = todayInAmsterdam()): boolean {
  return expiresOn !== null && expiresOn < today;
}

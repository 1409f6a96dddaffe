/** A measured length the Dutch way: "12,34 m" up to a kilometre, then "1,23 km". */
export function formatLength(metres: number): string {
  if (metres >= 1000) {
    return `${(metres / 1000).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} km`;
  }
  return `${metres.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m`;
}

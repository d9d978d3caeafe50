// Which dated row applies on a day: the one rule the catalogue's queries and the catalogue page share.
// Pure, so the page shows the money of the rows in force without asking again.

/** A row in force from validFrom to validTo, both included; no validTo is in force for ever. */
export function inForce(row: { validFrom: string; validTo: string | null }, date: string): boolean {
  return row.validFrom <= date && (row.validTo === null || date <= row.validTo);
}

/** The latest row that started on or before the day (a base salary holds until the next one). */
export function latestFrom<T extends { validFrom: string }>(rows: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const r of rows) if (r.validFrom <= date && (!found || r.validFrom > found.validFrom)) found = r;
  return found;
}

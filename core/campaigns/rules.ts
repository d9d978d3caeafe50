// A campaign's period, as every date checked against it reads it. Pure, so the forms that default a date
// into the period and core that refuses one outside it agree.

export interface Period {
  startDate: string;
  endDate: string;
}

/** Both ends count: a work due on the campaign's last day is due inside it. */
export function isInPeriod(date: string, period: Period): boolean {
  return date >= period.startDate && date <= period.endDate;
}

/** The date itself inside the period, else the period's nearest end (a default for "today"). */
export function nearestDayIn(date: string, period: Period): string {
  return date < period.startDate ? period.startDate : date > period.endDate ? period.endDate : date;
}

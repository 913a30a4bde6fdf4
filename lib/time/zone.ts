/**
 * The desk's time zone: the newsroom's own clock, an IANA name such as
 * "America/New_York". Every time the desk shows, and the days the corrections log
 * filters by, are read on this clock; UTC until an administrator chooses one.
 */
export const DEFAULT_TIME_ZONE = "UTC";

/** Whether `name` is a time zone this runtime knows (IANA names and their aliases). */
export function isTimeZone(name: string): boolean {
  if (name === "" || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

let choices: readonly string[] | null = null;

/** The zones an administrator can choose from: UTC first, then the runtime's IANA list. */
export function timeZoneChoices(): readonly string[] {
  choices ??= [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== DEFAULT_TIME_ZONE)];
  return choices;
}

/** A zone as people read it: "America/New York" for "America/New_York". */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, " ");
}

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

/**
 * Zones the runtime lists under an old spelling, with the name IANA uses now.
 * Node 20's Intl lists zones by their CLDR ids, which kept the old spellings
 * ("Asia/Calcutta", "Europe/Kiev"); people look for the names their city goes by.
 * Both spellings are the same zone, and the runtime takes either.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * A zone under the name IANA uses now ("Asia/Kolkata" for "Asia/Calcutta"); any
 * other name as it is. A desk that chose an old spelling keeps its clock and is
 * shown it under the current name.
 */
export function currentZoneName(zone: string): string {
  const current = Object.hasOwn(CURRENT_NAMES, zone) ? CURRENT_NAMES[zone] : undefined;
  return current !== undefined && isTimeZone(current) ? current : zone;
}

let choices: readonly string[] | null = null;

/** The zones an administrator can choose from: UTC first, then the runtime's IANA list under current names. */
export function timeZoneChoices(): readonly string[] {
  if (choices) return choices;
  const named = new Set(Intl.supportedValuesOf("timeZone").map(currentZoneName));
  named.delete(DEFAULT_TIME_ZONE);
  // Renaming moves some out of order ("America/Argentina/…"): sort as the runtime's list is sorted.
  choices = [DEFAULT_TIME_ZONE, ...[...named].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
  return choices;
}

/** A zone as people read it: "America/New York" for "America/New_York". */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, " ");
}

/**
 * A zone as a clock people name: "New York time" for "America/New_York",
 * "Buenos Aires time" for "America/Argentina/Buenos_Aires", "UTC" as it is.
 * For sentences; the settings list keeps the region to choose by.
 */
export function zoneClockLabel(zone: string): string {
  if (!zone.includes("/")) return zone;
  return `${zoneLabel(zone.slice(zone.lastIndexOf("/") + 1))} time`;
}

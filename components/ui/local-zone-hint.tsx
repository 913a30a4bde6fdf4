"use client";

import { useSyncExternalStore } from "react";
import { currentZoneName, zoneClockLabel } from "@/lib/time/zone";
import { useDeskZone } from "./desk-zone";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * One name per zone: UTC under its other names, and a renamed zone under its
 * current name (a browser may say "Asia/Calcutta" for a desk set to
 * "Asia/Kolkata"), so nobody is told their clock differs when it does not.
 */
const canonical = (zone: string) => (zone === "Etc/UTC" || zone === "Etc/GMT" || zone === "GMT" ? "UTC" : currentZoneName(zone));

type LocalZoneHintProps = { id: string };

/**
 * Under a date-and-time field: which clock it is on. The field takes the browser's
 * local time while the desk shows times on its own clock (newsroom settings), so
 * an editor in another city needs telling. The browser's zone is known only in
 * the browser; the server renders a blank line.
 */
export function LocalZoneHint({ id }: LocalZoneHintProps) {
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
  const desk = useDeskZone();
  let text = "\u00a0";
  if (zone) {
    text =
      canonical(zone) === canonical(desk)
        ? `Your clock: ${zoneClockLabel(desk)}, as shown elsewhere on the desk.`
        : `Your clock: ${zoneClockLabel(currentZoneName(zone))}. The desk shows ${zoneClockLabel(desk)}.`;
  }
  return (
    <p id={id} className="hint-line">
      {text}
    </p>
  );
}

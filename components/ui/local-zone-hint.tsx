"use client";

import { useSyncExternalStore } from "react";
import { zoneLabel } from "@/lib/time/zone";
import { useDeskZone } from "./desk-zone";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** UTC under its other names, so an editor on UTC is not told their clock differs. */
const canonical = (zone: string) => (zone === "Etc/UTC" || zone === "Etc/GMT" || zone === "GMT" ? "UTC" : zone);

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
        ? `Your time: ${zoneLabel(desk)}, as shown elsewhere on the desk.`
        : `Your local time (${zoneLabel(zone)}); the desk shows ${zoneLabel(desk)}.`;
  }
  return (
    <p id={id} className="hint-line">
      {text}
    </p>
  );
}

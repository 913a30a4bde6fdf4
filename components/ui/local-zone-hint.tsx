"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

type LocalZoneHintProps = { id: string };

/**
 * Under a date-and-time field: which clock it is on. The field takes the browser's
 * local time while the desk shows times in UTC, so an editor outside UTC needs
 * telling. The zone is known only in the browser; the server renders a blank line.
 */
export function LocalZoneHint({ id }: LocalZoneHintProps) {
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
  return (
    <p id={id} className="hint-line">
      {zone ? (zone === "UTC" || zone === "Etc/UTC" ? "Your time: UTC, as shown elsewhere on the desk." : `Your local time (${zone.replace(/_/g, " ")}).`) : "\u00a0"}
    </p>
  );
}

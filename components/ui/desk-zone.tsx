"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zone";

const DeskZone = createContext(DEFAULT_TIME_ZONE);

/** Gives the desk's time zone (newsroom settings) to the browser-side parts that name it. */
export function DeskZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <DeskZone.Provider value={zone}>{children}</DeskZone.Provider>;
}

/** The desk's time zone, inside DeskZoneProvider (UTC outside it). */
export function useDeskZone(): string {
  return useContext(DeskZone);
}

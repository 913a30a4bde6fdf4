import { cache } from "react";
import { getDb } from "@/db";
import { getDeskTimeZone } from "@/db/queries/settings";

/** The desk's time zone (newsroom settings), read once per request however many parts of a page show times. */
export const deskTimeZone = cache(() => getDeskTimeZone(getDb()));

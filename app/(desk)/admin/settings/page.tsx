import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getNewsroomSettings } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guards";
import { timeZoneChoices } from "@/lib/time/zone";
import { NewsroomForm } from "./newsroom-form";

export const metadata: Metadata = { title: "Newsroom settings" };

export default async function NewsroomSettingsPage() {
  await requirePermission("settings.manage");
  const newsroom = await getNewsroomSettings(getDb());
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Newsroom settings</h1>
          <p>
            How exports name the desk (the publisher of the memo and the <code>author</code> of every ClaimReview), and the clock
            the desk shows times on.{" "}
            <Link href="/admin">Back to people</Link>
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="newsroom-heading">
        <h2 id="newsroom-heading">Newsroom</h2>
        <NewsroomForm name={newsroom.name} url={newsroom.url} timeZone={newsroom.timeZone} timeZones={timeZoneChoices()} />
      </section>
    </>
  );
}

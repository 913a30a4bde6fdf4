import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { getNewsroomSettings, isNewsroomNamed } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guards";
import { timeZoneChoices } from "@/lib/time/zone";
import { NewsroomForm } from "./newsroom-form";

export const metadata: Metadata = { title: "Newsroom settings" };

export default async function NewsroomSettingsPage() {
  await requirePermission("settings.manage");
  const db = getDb();
  const [newsroom, named] = await Promise.all([getNewsroomSettings(db), isNewsroomNamed(db)]);
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
        {named ? null : (
          <p className="form-note" role="note">
            Not set yet: until you save a name and web address, exports name the publisher &ldquo;{newsroom.name}&rdquo; at {newsroom.url}.
          </p>
        )}
        {/* Unset, the fields start empty (the defaults are only hints), so nobody saves a placeholder as the newsroom's name. */}
        <NewsroomForm name={named ? newsroom.name : ""} url={named ? newsroom.url : ""} timeZone={newsroom.timeZone} timeZones={timeZoneChoices()} />
      </section>
    </>
  );
}

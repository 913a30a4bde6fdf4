import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listVerdictScale } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guards";
import { ScaleForm } from "./scale-form";

export const metadata: Metadata = { title: "Verdict scale" };

export default async function VerdictScalePage() {
  await requirePermission("settings.manage");
  const scale = await listVerdictScale(getDb());
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Verdict scale</h1>
          <p>
            The verdicts reviewers choose from. Labels, colours and order are the newsroom&apos;s; the ClaimReview rating and whether a
            verdict needs a correction stay fixed per verdict. A new label applies to verdicts from now on: those already approved keep
            the label they were approved under in the record and the ClaimReview published from it. <Link href="/admin">Back to people</Link>
          </p>
        </div>
      </div>
      <section className="card table-card">
        <ScaleForm scale={scale} />
      </section>
    </>
  );
}

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
            verdict needs a correction stay fixed per verdict. <Link href="/admin">Back to people</Link>
          </p>
        </div>
      </div>
      <section className="card table-card">
        <ScaleForm scale={scale} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Corrections" };

export default async function CorrectionsPage() {
  await requirePermission("corrections.view");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Corrections</h1>
          <p>The newsroom&apos;s corrections log.</p>
        </div>
      </div>
      <div className="card empty">
        <h2>No corrections yet</h2>
        <p>When a claim is approved as inaccurate or misleading, draft its correction from the claim page; it is logged here.</p>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/users";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First run" };
export const dynamic = "force-dynamic";

/** Shown only while the desk has no users at all. */
export default async function SetupPage() {
  if ((await countUsers(getDb())) > 0) redirect("/sign-in");
  return (
    <main className="auth-wrap">
      <div className="auth-card">
        <span className="brand">
          Fact-check desk <span>· first run</span>
        </span>
        <div className="card">
          <h1>Create the first administrator</h1>
          <p className="muted">This account manages people, roles and the verdict scale. You can add editors and reviewers next.</p>
          <SetupForm />
        </div>
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { listApiTokens } from "@/db/queries/api-tokens";
import { getPasswordHash } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/guards";
import { CreateTokenForm, RevokeTokenButton } from "./token-controls";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requirePermission("tokens.manage");
  const [tokens, zone, passwordHash] = await Promise.all([listApiTokens(getDb(), user.id), deskTimeZone(), getPasswordHash(getDb(), user.id)]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>API tokens</h1>
          <p>
            Tokens let scripts read from the desk as you, with your role&apos;s access: send <code>Authorization: Bearer TOKEN</code> to{" "}
            <code>/api/articles/ID/export/FORMAT</code>, <code>/api/corrections/export/FORMAT</code>, <code>/api/archive</code> or{" "}
            <code>/api/activity/export</code> (the last 30 days, unless you send <code>from</code>/<code>to</code> days or <code>all=1</code>). A token cannot change anything. Signing out everywhere revokes your tokens.
          </p>
        </div>
      </div>
      <section className="card">
        <CreateTokenForm asksPassword={passwordHash !== null} />
      </section>
      <section className="card table-card" style={{ marginTop: "1rem" }}>
        {tokens.length === 0 ? (
          <p className="empty">No tokens yet.</p>
        ) : (
          <table className="list stack">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td data-label="Created">{formatDateTime(t.createdAt, zone)}</td>
                  <td data-label="Last used">{t.lastUsedAt ? formatDateTime(t.lastUsedAt, zone) : "Never"}</td>
                  <td data-label="State">{t.revokedAt ? <span className="badge">Revoked</span> : <RevokeTokenButton tokenId={t.id} name={t.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

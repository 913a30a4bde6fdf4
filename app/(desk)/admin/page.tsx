import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import { getDb } from "@/db";
import { countHeldClaims, listAwayPeople, listUsers } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/guards";
import { dayIn } from "@/lib/time/days";
import { AddUserForm } from "./add-user-form";
import { AwayControl } from "./away-control";
import { ResetPassword } from "./reset-password";
import { UserRowControls } from "./user-row-controls";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const admin = await requirePermission("users.manage");
  const now = new Date();
  const [people, zone, away, held] = await Promise.all([listUsers(getDb()), deskTimeZone(), listAwayPeople(getDb(), now), countHeldClaims(getDb())]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Admin</h1>
          <p>People on the desk and their roles. Deactivated people cannot sign in; their history stays.</p>
        </div>
        <div className="actions">
          <Link className="button" href="/admin/scale">
            Verdict scale
          </Link>
          <Link className="button" href="/admin/settings">
            Newsroom settings
          </Link>
          <Link className="button" href="/admin/claim-finder">
            Claim finder
          </Link>
          <Link className="button" href="/activity?kind=people">
            Activity
          </Link>
        </div>
      </div>
      <section className="card" aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add a person</h2>
        <AddUserForm />
      </section>
      <section className="card table-card" aria-labelledby="people-heading" style={{ marginTop: "1rem" }}>
        <h2 id="people-heading" style={{ padding: "1rem 1rem 0" }}>
          People
        </h2>
        <table className="list stack">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col">Role and access</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td data-label="Email">{person.email}</td>
                <td data-label="Status">
                  {!person.active ? (
                    <span className="badge">Deactivated</span>
                  ) : away.has(person.id) ? (
                    <span className="badge warn">Away until {formatDate(away.get(person.id)!, zone)}</span>
                  ) : (
                    <span className="badge ok">Active</span>
                  )}
                </td>
                <td data-label="Since">{formatDate(person.createdAt, zone)}</td>
                <td data-label="Role and access">
                  <UserRowControls
                    userId={person.id}
                    name={person.name}
                    role={person.role}
                    active={person.active}
                    held={held.get(person.id) ?? 0}
                    self={person.id === admin.id}
                  />
                  <div className="row-tools">
                    {person.id !== admin.id ? <ResetPassword userId={person.id} name={person.name} /> : null}
                    {person.active ? (
                      <AwayControl userId={person.id} name={person.name} awayDay={away.has(person.id) ? dayIn(zone, away.get(person.id)!) : null} today={dayIn(zone, now)} />
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

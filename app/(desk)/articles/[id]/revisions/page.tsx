import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { getArticle } from "@/db/queries/articles";
import { getRevisionTexts, listRevisions } from "@/db/queries/workspace";
import { requirePermission } from "@/lib/auth/guards";
import { diffParagraphs } from "@/lib/revisions";
import { deskTimeZone } from "../../../desk-time-zone";

export const metadata: Metadata = { title: "Compare revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  await requirePermission("articles.edit");
  const { id } = await params;
  const db = getDb();
  const article = await getArticle(db, id);
  if (!article) notFound();
  const [revisions, zone] = await Promise.all([listRevisions(db, id), deskTimeZone()]);
  const query = await searchParams;
  const latest = revisions.at(-1)?.number ?? 1;
  const b = Number(query.b) || latest;
  const a = Number(query.a) || Math.max(1, b - 1);
  const texts = await getRevisionTexts(db, { articleId: id, numbers: [a, b] });
  const before = texts.find((t) => t.number === a);
  const after = texts.find((t) => t.number === b);
  const parts = before && after ? diffParagraphs(before.bodyText, after.bodyText) : [];
  const options = revisions.map((r) => (
    <option key={r.number} value={r.number}>
      Revision {r.number} · {formatDateTime(r.createdAt, zone)}
    </option>
  ));
  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href={`/articles/${id}`}>{article.title}</Link> / revisions
          </p>
          <h1>Compare revisions</h1>
        </div>
      </div>
      <form className="card actions revision-picker" method="get">
        <label htmlFor="rev-a">From</label>
        <select id="rev-a" name="a" defaultValue={a} style={{ width: "auto" }}>{options}</select>
        <label htmlFor="rev-b">To</label>
        <select id="rev-b" name="b" defaultValue={b} style={{ width: "auto" }}>{options}</select>
        <button type="submit">Compare</button>
      </form>
      {revisions.length < 2 ? (
        <p className="muted">This article has one revision so far: each Save article makes a new one to compare against.</p>
      ) : a === b ? (
        <p className="muted">Both sides are revision {a}; choose two different revisions to see what changed.</p>
      ) : null}
      <div className="card diff" aria-label="Changes">
        {parts.length === 0 ? <p className="muted">Choose two revisions to compare.</p> : null}
        {parts.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "added" ? (
            <ins key={i} className={part.whole ? "diff-whole" : undefined}>{part.text}</ins>
          ) : (
            <del key={i} className={part.whole ? "diff-whole" : undefined}>{part.text}</del>
          ),
        )}
      </div>
    </>
  );
}

"use client";

import Link from "next/link";
import { useState } from "react";
import styles from "./review.module.css";
import type { EvidenceValue, ScaleOption } from "./types";
import type { TakenOff } from "./use-verdict-save";
import { verdictAsText } from "./verdict-text";

type TakenOffNoticeProps = {
  reason: TakenOff["reason"];
  /** What the form holds now, saved or not: the text the reviewer may want to keep. */
  draft: { verdictKey: string | null; rationale: string; evidence: EvidenceValue[] };
  scale: ScaleOption[];
};

const SAYS: Record<TakenOff["reason"], { heading: string; body: string }> = {
  not_assigned: {
    heading: "This claim was taken off you",
    body: "An editor reassigned or unassigned it while you had it open, so nothing more can be saved here.",
  },
  spiked: {
    heading: "This claim's article was spiked",
    body: "The article will not run, so its claims were taken off their reviewers and nothing more can be saved here.",
  },
  gone: {
    heading: "This claim is no longer open to you",
    body: "It may have been reassigned, or its article spiked or removed, so nothing more can be saved here.",
  },
  deactivated: {
    heading: "Your account has been deactivated",
    body: "Nothing more can be saved, and signing in again will not help.",
  },
};

/**
 * Shown in place of the save buttons once a save was refused for good: the claim
 * is no longer the reviewer's (or their account is closed). It says which, and
 * keeps their words within reach: the fields stay on screen, read-only, and one
 * button copies the lot.
 */
export function TakenOffNotice({ reason, draft, scale }: TakenOffNoticeProps) {
  const [copied, setCopied] = useState("");
  const says = SAYS[reason];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(verdictAsText(draft, scale));
      setCopied("Copied. Paste it wherever you need it.");
    } catch {
      setCopied("Copying did not work here: select the text below and copy it.");
    }
  };
  return (
    <div className={styles.conflict} role="alert" aria-labelledby="taken-off-heading">
      <h3 id="taken-off-heading">{says.heading}</h3>
      <p className="small">
        {says.body} Your text is still below; copy it if you need it.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void copy()}>
          Copy my text
        </button>
        {reason === "deactivated" ? null : (
          <Link className="button" href="/queue">
            Go to My queue
          </Link>
        )}
        <span className="muted small" aria-live="polite">
          {copied}
        </span>
      </div>
    </div>
  );
}

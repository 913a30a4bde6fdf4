"use client";

import { useState } from "react";
import { siteOf, withoutTracking } from "@/lib/verdicts/source-url";
import { isArchiveAddress, waybackCopyUrl, waybackSaveUrl } from "@/lib/verdicts/wayback";
import { EVIDENCE_STANCES } from "@/lib/workflow/statuses";
import styles from "./review.module.css";
import { charactersLeftOut, leftOutMessage } from "@/components/ui/paste-limit";
import { addressProblem, ARCHIVE_URL_MESSAGE, isSourceUrl, SOURCE_URL_MESSAGE, VERDICT_LIMITS } from "./schemas";
import { STANCE_LABELS, type EvidenceValue } from "./types";

type EvidenceFieldsProps = {
  index: number;
  /**
   * The item's key in the draft. Its element ids and its errors ("evidence.<key>.url")
   * go by it, not by `index`, so both stay with it when an item before it is removed.
   */
  itemKey: string;
  value: EvidenceValue;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (value: EvidenceValue) => void;
  onRemove: () => void;
};

type LimitedField = "url" | "title" | "publisher" | "quote" | "archiveUrl";
const LIMIT_OF: Record<LimitedField, keyof typeof VERDICT_LIMITS> = { url: "url", title: "title", publisher: "publisher", quote: "quote", archiveUrl: "url" };

/** One evidence item of the verdict form; the source address is checked as the reviewer leaves the field. */
export function EvidenceFields({ index, itemKey, value, errors, disabled, onChange, onRemove }: EvidenceFieldsProps) {
  // An address the draft already held (after a reload, say) is checked at once; a new one once the reviewer leaves it.
  const [urlTouched, setUrlTouched] = useState(() => value.url.trim() !== "");
  const n = index + 1;
  const id = (name: string) => `${itemKey}-${name}`;
  const errorOf = (field: keyof EvidenceValue): string | undefined => errors[`evidence.${itemKey}.${field}`];
  const urlError = errorOf("url") ?? (urlTouched && value.url.trim() ? addressProblem(value.url, SOURCE_URL_MESSAGE) : undefined);
  const [archiveTouched, setArchiveTouched] = useState(() => Boolean(value.archiveUrl?.trim()));
  const archiveError = errorOf("archiveUrl") ?? (archiveTouched && value.archiveUrl?.trim() ? addressProblem(value.archiveUrl, ARCHIVE_URL_MESSAGE) : undefined);
  const accessedError = errorOf("accessedOn");
  const set = (patch: Partial<EvidenceValue>) => onChange({ ...value, ...patch });
  // The Publisher this form filled in from the address: it follows a corrected
  // address until the reviewer types their own (then it is theirs and stays).
  const [filledPublisher, setFilledPublisher] = useState<string | null>(null);
  // Leaving the address: campaign trackers go, and an empty (or form-filled) Publisher takes the site's name.
  const tidyUrl = () => {
    setUrlTouched(true);
    const url = withoutTracking(value.url);
    const ours = value.publisher.trim() === "" || value.publisher === filledPublisher;
    const site = isSourceUrl(url) ? siteOf(url) : null;
    const publisher = ours && site ? site : value.publisher;
    if (ours && site) setFilledPublisher(site);
    if (url !== value.url || publisher !== value.publisher) set({ url, publisher });
  };
  /** Characters a paste could not keep, by field: said under the field, never dropped unseen. */
  const [leftOut, setLeftOut] = useState<Partial<Record<LimitedField, number>>>({});
  const limited = (field: LimitedField) => ({
    maxLength: VERDICT_LIMITS[LIMIT_OF[field]],
    onPaste: (event: React.ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => setLeftOut((before) => ({ ...before, [field]: charactersLeftOut(event, VERDICT_LIMITS[LIMIT_OF[field]]) })),
  });
  const leftOutNote = (field: LimitedField) =>
    leftOut[field] ? (
      <p className="field-error" role="alert">
        {leftOutMessage(leftOut[field], VERDICT_LIMITS[LIMIT_OF[field]])}
      </p>
    ) : null;
  return (
    <fieldset className={styles.evidence} disabled={disabled}>
      <legend>Evidence {n}</legend>
      <div className={styles.evidenceHead}>
        <button type="button" className="small danger" onClick={onRemove}>
          Remove<span className="sr-only"> evidence {n}</span>
        </button>
      </div>
      <div className="form-grid">
        <div className="field" style={{ gridColumn: "1 / -1" }}>
          <label htmlFor={id("url")}>Source URL</label>
          <input
            id={id("url")}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={value.url}
            onChange={(e) => set({ url: e.target.value })}
            onBlur={tidyUrl}
            {...limited("url")}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? id("url-error") : undefined}
          />
          {urlError ? <p className="field-error" id={id("url-error")}>{urlError}</p> : null}
          {leftOutNote("url")}
        </div>
        <div className="field">
          <label htmlFor={id("title")}>Title</label>
          <input id={id("title")} type="text" value={value.title} onChange={(e) => set({ title: e.target.value })} {...limited("title")} />
          {leftOutNote("title")}
        </div>
        <div className="field">
          <label htmlFor={id("publisher")}>Publisher</label>
          <input id={id("publisher")} type="text" value={value.publisher} onChange={(e) => set({ publisher: e.target.value })} {...limited("publisher")} />
          {leftOutNote("publisher")}
        </div>
        <div className="field" style={{ gridColumn: "1 / -1" }}>
          <label htmlFor={id("quote")}>Quote <span className="hint">(the passage that bears on the claim)</span></label>
          <textarea id={id("quote")} rows={2} value={value.quote} onChange={(e) => set({ quote: e.target.value })} {...limited("quote")} />
          {leftOutNote("quote")}
        </div>
        <div className="field">
          <label htmlFor={id("stance")}>Stance</label>
          <select id={id("stance")} value={value.stance} onChange={(e) => set({ stance: e.target.value as EvidenceValue["stance"] })}>
            {EVIDENCE_STANCES.map((stance) => (
              <option key={stance} value={stance}>{STANCE_LABELS[stance]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("accessed")}>Date accessed</label>
          <input
            id={id("accessed")}
            type="date"
            value={value.accessedOn}
            onChange={(e) => set({ accessedOn: e.target.value })}
            aria-invalid={accessedError ? true : undefined}
            aria-describedby={accessedError ? id("accessed-error") : undefined}
          />
          {accessedError ? <p className="field-error" id={id("accessed-error")}>{accessedError}</p> : null}
        </div>
        <div className="field" style={{ gridColumn: "1 / -1" }}>
          <label htmlFor={id("archive")}>Archive URL <span className="hint">(optional)</span></label>
          <input
            id={id("archive")}
            type="url"
            placeholder="https://web.archive.org/…"
            value={value.archiveUrl ?? ""}
            onChange={(e) => set({ archiveUrl: e.target.value })}
            onBlur={() => setArchiveTouched(true)}
            {...limited("archiveUrl")}
            aria-invalid={archiveError ? true : undefined}
            aria-describedby={archiveError ? id("archive-error") : undefined}
          />
          {archiveError ? <p className="field-error" id={id("archive-error")}>{archiveError}</p> : null}
          {leftOutNote("archiveUrl")}
          {isSourceUrl(value.url) && !value.archiveUrl && !isArchiveAddress(value.url) ? (
            // Sources change and vanish after a check; a copy keeps what the reviewer read.
            <p className="hint-line">
              Not archived yet?{" "}
              <a href={waybackSaveUrl(value.url)} target="_blank" rel="noopener noreferrer">
                Save a copy in the Wayback Machine<span className="sr-only"> (opens a new tab)</span>
              </a>
              , then{" "}
              <button type="button" className={styles.inlineButton} onClick={() => set({ archiveUrl: waybackCopyUrl(value.url, value.accessedOn) })}>
                use the copy&apos;s address<span className="sr-only"> for evidence {n}</span>
              </button>
              .
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}

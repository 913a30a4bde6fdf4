"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import styles from "./export-menu.module.css";

/** The formats in the order PRODUCT.md names them, with the menu's labels. */
const FORMATS = [
  { format: "markdown", label: "Markdown", ext: ".md" },
  { format: "html", label: "HTML", ext: ".html" },
  { format: "csv", label: "CSV", ext: ".csv" },
  { format: "json", label: "JSON", ext: ".json" },
  { format: "docx", label: "DOCX", ext: ".docx" },
  { format: "jsonld", label: "ClaimReview JSON-LD", ext: ".jsonld" },
] as const;

/** The corrections log's filters, as the log page holds them (days are YYYY-MM-DD, UTC). */
export type CorrectionsLogExport = { from: string; to: string; article?: string; type?: string; status?: string };

/**
 * Either an article's fact-check memo or the corrections log over a range.
 * Plain data (no callbacks), so a server page can render it directly.
 */
export type ExportMenuProps =
  | {
      articleId: string;
      /** The article has no Source URL: its ClaimReview has no `url`, which search engines require, and the menu says so. */
      missingSourceUrl?: boolean;
      /**
       * No administrator has named the newsroom yet (isNewsroomNamed): the ClaimReview's
       * publisher is the placeholder, and only the dashboard's admin prompt said so.
       */
      unnamedNewsroom?: boolean;
      correctionsLog?: never;
    }
  | { correctionsLog: CorrectionsLogExport; articleId?: never; missingSourceUrl?: never; unnamedNewsroom?: never };

const NO_SOURCE_URL = "No Source URL: the ClaimReview will have no url, which search engines require. Add the article's address first.";
const UNNAMED_NEWSROOM =
  "Newsroom not named yet: the ClaimReview's publisher will be “Our newsroom” at newsroom.example. An administrator can name it in Admin → Newsroom settings.";

function hrefFor(props: ExportMenuProps, format: string): string {
  if (props.articleId !== undefined) return `/api/articles/${encodeURIComponent(props.articleId)}/export/${format}`;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(props.correctionsLog)) if (value) query.set(key, value);
  return `/api/corrections/export/${format}?${query.toString()}`;
}

/**
 * The "Export" menu button: a list of download links, one per format. Follows
 * the ARIA menu-button pattern (arrow keys move, Escape closes and returns focus
 * to the button), and closes on a click elsewhere or after a choice.
 */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const menuId = useId();
  const warningId = useId();
  const newsroomWarningId = useId();

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const onPointer = (event: MouseEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // A click, not a pointerdown: on a touch screen a swipe to scroll the page (to
    // the sheet's lower formats on a landscape phone) starts with a pointerdown too.
    document.addEventListener("click", onPointer);
    return () => document.removeEventListener("click", onPointer);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = itemRefs.current.filter((item): item is HTMLAnchorElement => item !== null);
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      items[(move + items.length) % items.length]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === "Tab") {
      // From the button, so Tab goes on to what follows the menu and not from a link that is about to go.
      buttonRef.current?.focus();
      setOpen(false);
    }
  };

  const title = props.articleId !== undefined ? "Fact-check memo" : "Corrections log";
  // The log's JSON-LD holds only CorrectionComment items (no claim is reviewed
  // in it), so it is named for what it holds; the memo's keeps PRODUCT.md's name.
  const labelOf = (entry: (typeof FORMATS)[number]) => (entry.format === "jsonld" && props.articleId === undefined ? "JSON-LD (CorrectionComment)" : entry.label);
  // What is wrong with the ClaimReview, said beside its link (and read out with it).
  const jsonLdWarnings = [
    ...(props.missingSourceUrl ? [{ id: warningId, text: NO_SOURCE_URL }] : []),
    ...(props.unnamedNewsroom ? [{ id: newsroomWarningId, text: UNNAMED_NEWSROOM }] : []),
  ];
  return (
    <div ref={wrapRef} className={`${styles.wrap} ${open ? styles.open : ""}`}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M12 3v12m0 0-4-4m4 4 4-4M5 21h14" />
        </svg>
        Export
        <svg className={styles.caret} width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.5">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-label={`Export ${title.toLowerCase()}`} className={styles.menu} onKeyDown={onMenuKey}>
          <li role="presentation" className={styles.heading} aria-hidden="true">
            {title}
          </li>
          {FORMATS.map((entry, index) => (
            <li key={entry.format} role="none">
              <a
                ref={(node) => {
                  itemRefs.current[index] = node;
                }}
                role="menuitem"
                tabIndex={-1}
                className={styles.item}
                aria-describedby={entry.format === "jsonld" && jsonLdWarnings.length > 0 ? jsonLdWarnings.map((w) => w.id).join(" ") : undefined}
                href={hrefFor(props, entry.format)}
                download
                // Closed on the next task: removing the link inside its own click
                // would disconnect it before the browser starts the download. Focus
                // goes back to the button, not to the page's body with the link.
                onClick={() =>
                  window.setTimeout(() => {
                    setOpen(false);
                    buttonRef.current?.focus();
                  }, 0)
                }
              >
                {labelOf(entry)}
                <span className={styles.ext} aria-hidden="true">
                  {entry.ext}
                </span>
              </a>
              {entry.format === "jsonld"
                ? jsonLdWarnings.map((warning) => (
                    <p key={warning.id} id={warning.id} className={styles.warning}>
                      {warning.text}
                    </p>
                  ))
                : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

"use client";

import { useRef, useState } from "react";
import { importFileAction, importUrlAction } from "@/app/(desk)/articles/actions";
import { focusElement, focusWhenShown, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";

const MESSAGE_ID = "import-message";

export type ImportedContent = { html: string; title?: string; byline?: string; url?: string };

type ImportControlsProps = { disabled: boolean; limitsSummary: string; onImported: (content: ImportedContent) => void };

/**
 * "Import file" and "Import from URL". Both only fill the editor: nothing is
 * saved until the editor presses Save article, so a failed import loses nothing.
 */
export function ImportControls({ disabled, limitsSummary, onImported }: ImportControlsProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const [showUrl, setShowUrl] = useState(false);
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  // `from`: which import the message is about, so a file's error is never shown as the address's.
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string; from: "file" | "url" } | null>(null);

  async function importChosenFile(file: File) {
    setBusy(true);
    setMessage(null);
    const data = new FormData();
    data.set("file", file);
    try {
      const result = await importFileAction(data);
      if (result.ok) {
        onImported(result.data);
        setMessage({ kind: "ok", text: `Imported ${file.name}. Review the text, then press Save article.`, from: "file" });
      } else setMessage({ kind: "error", text: result.error, from: "file" });
    } catch {
      setMessage({ kind: "error", text: `${file.name} could not be sent. It may be larger than 5 MB.`, from: "file" });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  }

  async function importUrl() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await reachAction(() => importUrlAction({ url }));
      if (result.ok) {
        onImported(result.data);
        setShowUrl(false);
        setMessage({ kind: "ok", text: "Imported the article from the web page. Review the text, then press Save article.", from: "url" });
        // The URL form folds away with the button pressed: focus goes to the message.
        focusWhenShown(() => document.getElementById(MESSAGE_ID));
      } else {
        setMessage({ kind: "error", text: result.fieldErrors?.url ?? result.error, from: "url" });
        focusElement(urlField.current);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="import-controls">
      <div className="actions">
        <button type="button" disabled={disabled || busy} onClick={() => fileInput.current?.click()}>
          Import file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.md,.txt,.html,.htm"
          hidden
          aria-label="Article file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importChosenFile(file);
          }}
        />
        <button
          type="button"
          disabled={disabled || busy}
          aria-expanded={showUrl}
          onClick={() => {
            // A file's error does not belong under the address box that opens now.
            if (message?.from === "file") setMessage(null);
            setShowUrl((v) => !v);
          }}
        >
          Import from URL
        </button>
        <span className="muted small">{limitsSummary}</span>
      </div>
      {showUrl ? (
        <form
          className="import-url"
          // The desk says what is wrong with an address (the browser's own check would
          // stop the request silently, leaving the last error on screen).
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void importUrl();
          }}
        >
          <label htmlFor="import-url">Article URL</label>
          <div className="actions">
            <input
              ref={urlField}
              id="import-url"
              type="url"
              value={url}
              placeholder="https://"
              onChange={(e) => {
                setUrl(e.target.value);
                // An error about the address just changed no longer describes it.
                if (message?.kind === "error" && message.from === "url") setMessage(null);
              }}
              // The message under the form is the address's error while the form is open.
              aria-invalid={message?.kind === "error" && message.from === "url" ? true : undefined}
              aria-describedby={message?.kind === "error" && message.from === "url" ? MESSAGE_ID : undefined}
              style={{ flex: 1 }}
            />
            <button type="submit" className="primary" disabled={!url.trim()} {...waitingProps(busy, busy)}>
              {busy ? "Fetching…" : "Fetch article"}
            </button>
          </div>
        </form>
      ) : null}
      {message ? (
        <p id={MESSAGE_ID} className={message.kind === "ok" ? "form-ok" : "form-error"} role={message.kind === "ok" ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

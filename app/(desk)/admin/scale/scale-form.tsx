"use client";

import { useState, useTransition } from "react";
import type { VerdictScaleEntry } from "@/lib/verdicts/scale";
import { saveVerdictScaleAction } from "./actions";
import { showsOnWhite } from "@/lib/verdicts/colour-contrast";
import { paleColourMessage } from "./schema";
import { reachAction } from "@/components/ui/reach-action";

type ScaleFormProps = { scale: VerdictScaleEntry[] };

/** Labels, colours and order of the verdict scale, edited in place. */
export function ScaleForm({ scale }: ScaleFormProps) {
  const [entries, setEntries] = useState(scale.map(({ key, label, color }) => ({ key, label, color })));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const update = (i: number, patch: Partial<(typeof entries)[number]>) => setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const move = (i: number, by: -1 | 1) =>
    setEntries((list) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });
  const saved = (key: string) => scale.find((s) => s.key === key);
  // Controls are named by the verdict's label as saved, not by its key ("mostly_accurate")
  // nor by what is being typed (a name that changes with each key press).
  const nameOf = (key: string) => saved(key)?.label ?? key;
  // A pale colour is flagged as soon as it is picked, by the check the server makes again on saving.
  const colourError = (entry: (typeof entries)[number]) => (showsOnWhite(entry.color) ? null : paleColourMessage(entry.label.trim() || nameOf(entry.key)));
  return (
    <form
      aria-label="Verdict scale"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const pale = entries.find((entry) => !showsOnWhite(entry.color));
        if (pale) {
          setMessage({ ok: false, text: colourError(pale)! });
          return;
        }
        start(async () => {
          const expected = scale.map(({ key, label, color, position }) => ({ key, label, color, position }));
          const result = await reachAction(() => saveVerdictScaleAction({ expected, entries: entries.map((entry, position) => ({ ...entry, position: position + 1 })) }));
          setMessage(result.ok ? { ok: true, text: result.message ?? "Saved." } : { ok: false, text: Object.values(result.fieldErrors ?? {})[0] ?? result.error });
        });
      }}
    >
      {message ? <p className={message.ok ? "form-ok" : "form-error"} role={message.ok ? "status" : "alert"}>{message.text}</p> : null}
      {/* On a phone the rows stack, each field under its name, instead of scrolling sideways. */}
      <table className="list scale-table stack">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Label</th>
            <th scope="col">Colour</th>
            <th scope="col">Rating</th>
            <th scope="col">Correction</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => {
            const name = nameOf(entry.key);
            const shown = entry.label.trim() || name;
            const error = colourError(entry);
            const errorId = `colour-${entry.key}-error`;
            return (
              <tr key={entry.key}>
                <td data-label="Order">
                  <div className="actions">
                    <button type="button" className="small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${shown} up`}>↑</button>
                    <button type="button" className="small" disabled={i === entries.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${shown} down`}>↓</button>
                  </div>
                </td>
                <td data-label="Label">
                  <input type="text" aria-label={`Label for ${name}`} value={entry.label} onChange={(e) => update(i, { label: e.target.value })} />
                </td>
                <td data-label="Colour">
                  <input
                    type="color"
                    aria-label={`Colour for ${name}`}
                    value={entry.color}
                    onChange={(e) => update(i, { color: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                  />
                  {error ? <p className="field-error" id={errorId}>{error}</p> : null}
                </td>
                <td className="muted" data-label="Rating">{saved(entry.key)?.ratingValue ?? "none"}</td>
                <td className="muted" data-label="Correction">{saved(entry.key)?.needsCorrection}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions" style={{ padding: "1rem" }}>
        <button type="submit" className="primary" disabled={pending}>Save scale</button>
      </div>
    </form>
  );
}

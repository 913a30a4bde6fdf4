import { STANCE_LABELS, type EvidenceValue, type ScaleOption } from "./types";

type VerdictText = { verdictKey: string | null; rationale: string; evidence: EvidenceValue[] };

/**
 * The verdict form as plain text, for the clipboard: what a reviewer takes with
 * them when the claim can no longer be saved here (to paste into a message to the
 * editor, or into the claim if it comes back). Empty parts are left out.
 */
export function verdictAsText(verdict: VerdictText, scale: ScaleOption[]): string {
  const label = scale.find((entry) => entry.key === verdict.verdictKey)?.label;
  const parts = [label ? `Verdict: ${label}` : "", verdict.rationale.trim() ? `Rationale:\n${verdict.rationale.trim()}` : ""];
  const sources = verdict.evidence.filter((item) => item.url.trim() || item.title.trim() || item.quote.trim());
  if (sources.length > 0) {
    const lines = sources.map((item, index) => {
      const head = [item.title.trim(), item.publisher.trim()].filter(Boolean).join(", ");
      return [
        `${index + 1}. ${head || item.url.trim()}`,
        head && item.url.trim() ? `   ${item.url.trim()}` : "",
        item.quote.trim() ? `   “${item.quote.trim()}”` : "",
        `   ${STANCE_LABELS[item.stance]}${item.accessedOn ? `, read ${item.accessedOn}` : ""}`,
        item.archiveUrl?.trim() ? `   Archived: ${item.archiveUrl.trim()}` : "",
      ].filter(Boolean).join("\n");
    });
    parts.push(`Evidence:\n${lines.join("\n")}`);
  }
  return parts.filter(Boolean).join("\n\n");
}

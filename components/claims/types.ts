import type { AnchorState, ClaimKind, ClaimStatus, DismissReason } from "@/lib/workflow/statuses";

/** What the workspace needs to know about a claim (plain data, passed from the page). */
export type WorkspaceClaim = {
  id: string;
  start: number;
  end: number;
  text: string;
  status: ClaimStatus;
  anchorState: AnchorState;
  kind: ClaimKind;
  claimant: string | null;
  score: number | null;
  checkworthy: boolean;
  reasons: string[];
  version: number;
  origin: "suggested" | "manual";
  dismissReason: DismissReason | null;
  verdictKey: string | null;
  verdictLabel: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
};

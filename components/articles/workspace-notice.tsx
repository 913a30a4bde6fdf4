import { waitingProps } from "@/components/ui/focus";

/** `undo`: a way back offered beside the message (a dismissal's Undo). */
export type Notice = { kind: "ok" | "error"; text: string; undo?: () => void } | null;
/** The message's element id: focus goes there when the button that started an action has left the page. */
export const NOTICE_ID = "workspace-notice";

/** What the workspace's last action did, announced once (status or alert), with its Undo beside it. */
export function WorkspaceNotice({ notice, busy }: { notice: Notice; busy: boolean }) {
  if (!notice) return null;
  return (
    <>
      <p id={NOTICE_ID} className={notice.kind === "ok" ? "form-ok" : "form-error"} role={notice.kind === "ok" ? "status" : "alert"}>
        {notice.text}
      </p>
      {/* Beside the message, not in it: the live region announces what was done, once. */}
      {notice.undo ? (
        <button type="button" className="small notice-undo" {...waitingProps(busy)} onClick={notice.undo}>
          Undo
        </button>
      ) : null}
    </>
  );
}

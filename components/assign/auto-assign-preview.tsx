import { waitingProps } from "@/components/ui/focus";
import styles from "./assign.module.css";

type AutoAssignPreviewProps = {
  /** The id of "Assign these", where focus goes when the preview shows. */
  confirmId: string;
  /** The split the planner would make now ("Raj 9, Rosa 9, Rita 8"), over `total` claims. */
  planned: { total: number; split: string };
  /** "due 16:00", from the panel's Due field as it reads now. */
  due: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Auto-assign's split, said before anything is written, with "Assign these" and "Cancel". */
export function AutoAssignPreview({ confirmId, planned, due, busy, onConfirm, onCancel }: AutoAssignPreviewProps) {
  return (
    <div className={styles.preview} role="group" aria-labelledby={`${confirmId}-text`}>
      <p id={`${confirmId}-text`} role="status">
        Auto-assign {planned.total} {planned.total === 1 ? "claim" : "claims"}: {planned.split} — {due}.
      </p>
      <div className="actions">
        <button id={confirmId} type="button" className="primary" {...waitingProps(busy)} onClick={onConfirm}>
          Assign these
        </button>
        <button type="button" {...waitingProps(busy)} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

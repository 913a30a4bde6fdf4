/**
 * Someone saved the article since this editor opened it (maybe the same person in
 * another tab). With unsaved edits, their changes can be brought in; without, the
 * editor can simply show the saved article. Either way it can be reloaded.
 */
export function OutdatedBanner({ dirty, onBringIn }: { dirty: boolean; onBringIn: () => void }) {
  return (
    <div className="form-error notice-action" role="alert">
      <p>
        {dirty
          ? "This article was saved elsewhere since you opened it (by someone else, or by you in another tab), so saving your text would be refused. Bring in their changes to keep both where you changed different paragraphs."
          : "This article was saved elsewhere since you opened it (by someone else, or by you in another tab). Your editor still shows the text you opened, so claims are not highlighted and saving would be refused."}
      </p>
      <span className="actions">
        <button type="button" className="small" onClick={onBringIn}>
          {dirty ? "Bring in their changes" : "Show the saved article"}
        </button>
        <button type="button" className="small" onClick={() => window.location.reload()}>
          Reload the article
        </button>
      </span>
    </div>
  );
}

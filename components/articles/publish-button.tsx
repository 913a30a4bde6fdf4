"use client";

import { markPublishedAction } from "@/app/(desk)/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { READINESS_ID } from "./readiness-panel";

/** Publishing closes the check: the desk's record says from then on that the article ran. */
const PUBLISH_QUESTION = "Mark this article as published? The check is closed and the record shows it as published from now.";

type PublishButtonProps = { articleId: string; version: number; ready: boolean };

/** "Mark as published", enabled once the article is ready; the server checks again. */
export function PublishButton({ articleId, version, ready }: PublishButtonProps) {
  return (
    // Published, the panel drops the button and says "Published": focus goes to the panel.
    <ActionButton
      className="small primary"
      disabled={!ready}
      confirm={PUBLISH_QUESTION}
      run={() => markPublishedAction({ articleId, expectedVersion: version })}
      focusAfter={() => document.getElementById(READINESS_ID)}
    >
      Mark as published
    </ActionButton>
  );
}

"use client";

import { markPublishedAction } from "@/app/(desk)/articles/actions";
import { ActionButton } from "@/components/ui/action-button";
import { READINESS_ID } from "./readiness-panel";

/** Publishing closes the check: the desk's record says from then on that the article ran. */
const PUBLISH_QUESTION = "Mark this article as published? The check is closed and the record shows it as published from now.";

/** Asked when the article has no Source URL: its ClaimReviews will lack the url search engines require. */
const NO_SOURCE_URL = " It has no Source URL yet, so its ClaimReview will have no url: add the article's address if you know it.";

type PublishButtonProps = { articleId: string; version: number; ready: boolean; missingSourceUrl?: boolean };

/** "Mark as published", enabled once the article is ready; the server checks again. */
export function PublishButton({ articleId, version, ready, missingSourceUrl = false }: PublishButtonProps) {
  return (
    // Published, the panel drops the button and says "Published": focus goes to the panel.
    <ActionButton
      className="small primary"
      disabled={!ready}
      confirm={missingSourceUrl ? PUBLISH_QUESTION + NO_SOURCE_URL : PUBLISH_QUESTION}
      run={() => markPublishedAction({ articleId, expectedVersion: version })}
      focusAfter={() => document.getElementById(READINESS_ID)}
    >
      Mark as published
    </ActionButton>
  );
}

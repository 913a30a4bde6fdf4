"use client";

import { markPublishedAction } from "@/app/(desk)/articles/actions";
import { ActionButton } from "@/components/ui/action-button";

type PublishButtonProps = { articleId: string; version: number; ready: boolean };

/** "Mark as published", enabled once the article is ready; the server checks again. */
export function PublishButton({ articleId, version, ready }: PublishButtonProps) {
  return (
    <ActionButton className="small primary" disabled={!ready} run={() => markPublishedAction({ articleId, expectedVersion: version })}>
      Mark as published
    </ActionButton>
  );
}

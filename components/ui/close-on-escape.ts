import type { KeyboardEvent } from "react";

/**
 * For a <details> disclosure (Hand it back, Need more time): Escape folds it
 * away again and puts focus back on its summary, as Escape closes menus
 * elsewhere on the desk. What was typed inside stays where it was.
 */
export function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== "Escape" || event.defaultPrevented || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector("summary")?.focus();
}

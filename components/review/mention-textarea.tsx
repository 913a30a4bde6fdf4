"use client";

import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { insertMention, mentionBeingTyped, suggestMentions, type MentionInProgress, type MentionPerson } from "@/lib/workflow/mention-typing";
import styles from "./mention-textarea.module.css";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Who may be mentioned: the people who can read the claim, without the writer. */
  people: readonly MentionPerson[];
  rows?: number;
  disabled?: boolean;
  invalid?: boolean;
  /** Ids of the hint or error that describe the box. */
  describedBy?: string;
};

type Open = { mention: MentionInProgress; caret: number; options: MentionPerson[]; active: number };

/**
 * A comment box that offers people as an "@" is typed: arrow keys move through
 * them, Enter or Tab writes the full name, Escape closes the list (typing goes
 * on as before). The textarea keeps focus throughout and points at the active
 * option, so screen readers follow along.
 */
export function MentionTextarea({ id, value, onChange, people, rows = 3, disabled, invalid, describedBy }: Props) {
  const listId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState<Open | null>(null);
  // Where the caret goes once a chosen name is in the box. Set in the same commit
  // that writes the text (a layout effect), before the next key is handled: a
  // later frame would move the caret back over whatever a fast typist put after it.
  const caretAfterChoice = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfterChoice.current === null) return;
    box.current?.setSelectionRange(caretAfterChoice.current, caretAfterChoice.current);
    caretAfterChoice.current = null;
  }, [value]);

  const look = (text: string, caret: number) => {
    const mention = mentionBeingTyped(text, caret);
    const options = mention ? suggestMentions(mention.query, people) : [];
    setOpen(mention && options.length > 0 ? { mention, caret, options, active: 0 } : null);
  };

  const choose = (person: MentionPerson) => {
    if (!open) return;
    const done = insertMention(value, open.mention, open.caret, person.name);
    caretAfterChoice.current = done.caret;
    onChange(done.text);
    setOpen(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method is composing (Japanese, Chinese…) confirms the composition.
    if (event.nativeEvent.isComposing) return;
    if (!open) {
      // Ctrl+Enter (Cmd+Enter on a Mac) sends the box's form, as in mail and chat.
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.currentTarget.form) {
        event.preventDefault();
        event.currentTarget.form.requestSubmit();
      }
      return;
    }
    const count = open.options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : count - 1;
      setOpen({ ...open, active: (open.active + step) % count });
    } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      event.preventDefault();
      choose(open.options[open.active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(null);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className={styles.wrap}>
      <textarea
        ref={box}
        id={id}
        rows={rows}
        value={value}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(open.active) : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          look(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(null)}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label="People to mention" className={styles.list}>
          {open.options.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === open.active}
              className={styles.option}
              // mousedown, not click: the textarea must not lose focus (and close the list) first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {open ? `${open.options.length} ${open.options.length === 1 ? "person matches" : "people match"}; arrow keys to choose, Enter to mention.` : ""}
      </p>
    </div>
  );
}

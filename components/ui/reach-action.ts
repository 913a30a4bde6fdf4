import { unstable_rethrow } from "next/navigation";

/** What a form or button shows when a server action never gave an answer. */
export const UNANSWERED = "The desk did not answer (the connection may have dropped). What you entered is still here; try again.";

/** A refusal shaped like an action's, with no field to point at. */
type Unanswered = { ok: false; error: string; fieldErrors?: undefined };

/**
 * Calls a server action from the browser. When the request never reaches the
 * desk, or fails there, the action's promise rejects, and inside a transition
 * React hands that to the error screen, which replaces the page and whatever was
 * typed into it. Here it becomes a refusal like any other, which the form shows
 * beside what was typed. Next's own signals (a redirect) pass through.
 */
export async function reachAction<T>(call: () => Promise<T>): Promise<T | Unanswered> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, error: UNANSWERED };
  }
}

/**
 * reachAction for a form's action (`useActionState`), whose fields come back
 * from the state's `values` after a refusal: an unanswered submit keeps what the
 * form held, so its fields are put back as they were.
 */
export function keepingValues<P, S>(action: (previous: P, data: FormData) => Promise<S>) {
  return async (previous: P, data: FormData): Promise<S> => {
    try {
      return await action(previous, data);
    } catch (error) {
      unstable_rethrow(error);
      const values = Object.fromEntries([...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      // The shape the desk's form states share: ActionResult's failure (or the
      // sign-in's `error`) with the form's values, as their own refusals carry them.
      return { ok: false, error: UNANSWERED, values, email: values.email } as unknown as S;
    }
  };
}

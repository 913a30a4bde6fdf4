"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

/** Says something in the page's own status line; a no-op outside a PageNotice. */
const Announce = createContext<(text: string) => void>(() => {});

/**
 * A status line for a list whose rows can leave it: a row's own message goes
 * with the row (a person deactivated under the "Active" filter), so what was
 * done is said here, above the list, where it stays. The live container is
 * always in the page, so the message put in it is announced.
 */
export function PageNotice({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  return (
    <Announce.Provider value={setText}>
      <div aria-live="polite">
        {text ? (
          <p className="form-ok" role="status">
            {text}
          </p>
        ) : null}
      </div>
      {children}
    </Announce.Provider>
  );
}

/** The announcer of the PageNotice around this component. */
export function usePageNotice(): (text: string) => void {
  return useContext(Announce);
}

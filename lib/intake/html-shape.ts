import { IntakeError } from "./errors";
import { scanMarkupShape, type MarkupShape } from "./html-scan";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_NESTING_WORK } from "./limits";

/**
 * Refuses HTML too deep or too big to read in reasonable time, before the
 * parser builds it (assertMarkupReadable) and again on what it built, before
 * the cleanup and Readability walk it (assertDocumentReadable).
 *
 * Why: linkedom's parse is quadratic in depth, and Readability's cleanup
 * reads the text under every descendant of every block, several times over
 * when a page has little text, so it grows with the square of each
 * element's depth, summed ("nesting work"). Before these limits 2,000 nested
 * <div>s (22 KB) took 80 s and 200,000 froze a server; now a chain at the
 * depth limit is read in 0.2–0.6 s and anything deeper refused in
 * milliseconds (limits.ts has the other timings).
 */

export type DocumentShape = MarkupShape & {
  /** Sum over elements of the square of their depth. */
  nestingWork: number;
};

const LIMITS: DocumentShape = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS, nestingWork: MAX_HTML_NESTING_WORK };

const PASTE_INSTEAD = "Copy the article's text and paste it instead.";

function refuse(subject: string, shape: Partial<DocumentShape>): void {
  if ((shape.depth ?? 0) > LIMITS.depth) {
    throw new IntakeError(
      "too_complex",
      `${subject} is built too deeply to read as an article (more than ${LIMITS.depth} levels). ${PASTE_INSTEAD}`,
    );
  }
  if ((shape.elements ?? 0) > LIMITS.elements) {
    throw new IntakeError(
      "too_complex",
      `${subject} has too many parts to read as an article (more than ${LIMITS.elements.toLocaleString("en-US")} HTML elements). ${PASTE_INSTEAD}`,
    );
  }
  if ((shape.nestingWork ?? 0) > LIMITS.nestingWork) {
    throw new IntakeError("too_complex", `${subject} is nested too deeply throughout to read as an article. ${PASTE_INSTEAD}`);
  }
}

/**
 * Measures a parsed document with an iterative walk (a recursive one would
 * overflow the stack on the trees this guards against), stopping once past
 * a limit.
 */
export function measureDocument(document: Document): DocumentShape {
  const shape: DocumentShape = { depth: 0, elements: 0, nestingWork: 0 };
  // Every top-level element, not only <html>: markup before it parses beside it.
  const stack: [Element, number][] = [...document.children].map((element): [Element, number] => [element, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    shape.elements++;
    shape.nestingWork += depth * depth;
    if (depth > shape.depth) shape.depth = depth;
    if (shape.depth > LIMITS.depth || shape.elements > LIMITS.elements || shape.nestingWork > LIMITS.nestingWork) break;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return shape;
}

/**
 * Throws IntakeError "too_complex" when the markup would parse deeper than
 * MAX_HTML_DEPTH or into more than MAX_HTML_ELEMENTS elements. `subject`
 * names it in the message: "This page" or a quoted file name.
 */
export function assertMarkupReadable(markup: string, subject: string): void {
  refuse(subject, scanMarkupShape(markup, LIMITS));
}

/** As assertMarkupReadable, on the parsed document, and its nesting work too. */
export function assertDocumentReadable(document: Document, subject: string): void {
  refuse(subject, measureDocument(document));
}

/**
 * Small DOM helpers for the Word / Google Docs cleanup. They use only what
 * both the browser's DOM and linkedom provide, so the same cleanup runs on a
 * paste in the editor and on an import on the server.
 */

/** The inline style, lower case and without white space, for substring tests. */
export function styleOf(element: Element): string {
  return (element.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");
}

export function classesOf(element: Element): string[] {
  return (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
}

export function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

/** Replaces an element by its children: the formatting goes, the words stay. */
export function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** Elements in tree order; a snapshot, so callers may remove as they go. */
export function elementsOf(root: Document | Element): Element[] {
  return [...root.querySelectorAll("*")];
}

/** Gives an element a new tag name, keeping its children (not its attributes). */
export function renameElement(element: Element, tagName: string): Element {
  const renamed = element.ownerDocument.createElement(tagName);
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
  return renamed;
}

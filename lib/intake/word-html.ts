import { classesOf, elementsOf, renameElement, styleOf, tagOf, unwrap } from "./dom-helpers";

/**
 * Word's HTML, from its clipboard or "Save as Web Page": review markup that is
 * not the author's text (tracked deletions, comments and their "[JS1]"
 * labels; notes are in notes.ts) and list paragraphs that are lists only by their
 * styles. Claims are anchored to the article's text, so this goes before
 * anything else reads the text, and before Readability or a sanitizer drops
 * the styles that say what is a list.
 */

// Word wraps comment bodies and the rule above them in "downlevel-revealed"
// conditionals that browsers show. Word writes both a bare form and a form
// wrapped in an HTML comment; either way their content is review chrome.
const ANNOTATION_BLOCKS = [
  /<!\[if !supportAnnotations\]>[\s\S]*?<!\[endif\]>/gi,
  /<!--\[if !supportAnnotations\]-->[\s\S]*?<!--\[endif\]-->/gi,
];
// Other bare conditionals ("supportLists", "supportFootnotes") only mark
// content a browser shows anyway; the markers go so parsers agree on them.
const BARE_CONDITIONAL = /<!\[(?:if [^\]]*|endif)\]>/gi;

/** Removes Word's conditional-comment markup from HTML source, before it is parsed. */
export function stripWordConditionals(html: string): string {
  let source = html;
  for (const pattern of ANNOTATION_BLOCKS) source = source.replace(pattern, "");
  return source.replace(BARE_CONDITIONAL, "");
}

// Office namespaces, Word's generator tag, its Mso classes or mso- styles.
const WORD_SIGNS = /urn:schemas-microsoft-com:office|content=["']?(?:Microsoft Word|Word\.Document)|class=["']?Mso|mso-(?:list|element|comment|footnote|endnote|special-character)/i;

/** Whether HTML source came out of Word (saved as a web page, or pasted into a CMS page). */
export function isWordHtml(html: string): boolean {
  return WORD_SIGNS.test(html);
}

const WORD_LIST_CLASS = /^MsoListParagraph/i;
const COMMENT_CLASS = /^(?:MsoCommentReference|MsoCommentText|msocomanchor|msocomtxt|msocomoff)$/i;
// "[JS1]", "[A2]": the initials-and-number label Word gives a comment.
const COMMENT_LABEL = /^\[[A-Za-z]{0,5}\d+\]$/;

/** Word's revision markup: <ins>/<del> (which carry cite/datetime) and its msoIns/msoDel spans. */
function isRevision(element: Element): boolean {
  const t = tagOf(element);
  return t === "ins" || t === "del" || classesOf(element).some((c) => /^mso(?:Ins|Del)$/i.test(c)) || /mso-(?:ins|del)/.test(styleOf(element));
}

function isDeletion(element: Element): boolean {
  if (tagOf(element) === "del" || classesOf(element).some((c) => /^msoDel$/i.test(c)) || /mso-del/.test(styleOf(element))) return true;
  // Strike-through shown as part of a revision is the deleted text, not a style.
  if (tagOf(element) === "s" || tagOf(element) === "strike") {
    for (let node: Element | null = element.parentElement; node; node = node.parentElement) if (isRevision(node)) return true;
    return elementsOf(element).some(isRevision);
  }
  return false;
}

/** Word comment markers, bodies and the list that holds them. */
function isComment(element: Element): boolean {
  const style = styleOf(element);
  if (/mso-element:comment/.test(style) || /mso-special-character:comment/.test(style)) return true;
  if (classesOf(element).some((c) => COMMENT_CLASS.test(c))) return true;
  if (/^#_msocom_/i.test(element.getAttribute("href") ?? "")) return true;
  // mso-comment-reference/-continuation also sit on the commented words
  // themselves, which are article text; only a bare "[JS1]" label goes.
  return /mso-comment-/.test(style) && COMMENT_LABEL.test((element.textContent ?? "").trim());
}

/**
 * Drops tracked deletions and comments, and keeps accepted insertions as
 * plain text: the document as it reads with all changes accepted.
 */
export function dropWordReviewMarkup(document: Document): void {
  for (const element of elementsOf(document)) {
    if (!element.isConnected) continue;
    if (isDeletion(element) || isComment(element)) element.remove();
  }
  for (const element of elementsOf(document)) if (isRevision(element)) unwrap(element);
}

/** Word's "Title" paragraph is the headline: an H1, as its "Heading 1" already is. */
export function liftWordTitle(document: Document): void {
  for (const paragraph of [...document.querySelectorAll("p")]) {
    if (classesOf(paragraph).some((c) => /^MsoTitle$/i.test(c))) renameElement(paragraph, "h1");
  }
}

type WordListItem = { paragraph: Element; level: number; ordered: boolean };

/** Removes the typed bullet ("·", "o", "1.") and Word's padding from a list paragraph's start. */
function removeTypedMarker(paragraph: Element): string {
  // Parsers may split that text into several nodes (at each entity), so the
  // first few characters are read across nodes and trimmed across them.
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Node[] = [];
  let lead = "";
  for (let node = walker.nextNode(); node && lead.length < 16; node = walker.nextNode()) {
    nodes.push(node);
    lead += node.textContent ?? "";
  }
  const match = /^[\s\u00a0]*(?:[·•▪◦o§\-–]|[\da-z]{1,4}[.)])[\s\u00a0]+/i.exec(lead);
  if (!match) return "";
  let rest = match[0].length;
  for (const node of nodes) {
    if (rest <= 0) break;
    const text = node.textContent ?? "";
    node.textContent = text.slice(rest);
    rest -= text.length;
  }
  return match[0];
}

function wordListItem(paragraph: Element): WordListItem | null {
  const style = styleOf(paragraph);
  if (/mso-list:none/.test(style)) return null;
  const marker = elementsOf(paragraph).find((el) => /mso-list:ignore/.test(styleOf(el)));
  // Word also uses the list-paragraph style for merely indented text, so the
  // class alone counts only when the bullet marker is there too.
  const listed = /mso-list:l\d+level\d/.test(style) || (marker !== undefined && classesOf(paragraph).some((c) => WORD_LIST_CLASS.test(c)));
  if (!listed) return null;
  const level = Number(/level(\d+)/.exec(style)?.[1] ?? 1);
  let label = marker?.textContent ?? "";
  // Without the marker span (Word's filtered web pages) the bullet is plain leading text.
  if (marker) marker.remove();
  else label = removeTypedMarker(paragraph);
  const ordered = /^[\s\u00a0]*(?:\d+|[a-z]{1,4})[.)]/i.test(label);
  return { paragraph, level: Number.isFinite(level) && level > 0 ? level : 1, ordered };
}

/**
 * Turns runs of Word list paragraphs into <ul>/<ol>. Levels nest: a deeper
 * item opens a list inside the previous item, as the editor's lists do.
 */
export function rebuildWordLists(document: Document): void {
  const items = elementsOf(document)
    .filter((el) => tagOf(el) === "p")
    .map(wordListItem)
    .filter((item): item is WordListItem => item !== null);
  let stack: { level: number; ordered: boolean; list: Element }[] = [];
  items.forEach(({ paragraph, level, ordered }, i) => {
    // A list ends where anything other than another list paragraph follows.
    if (items[i - 1]?.paragraph.nextElementSibling !== paragraph) stack = [];
    while (stack.length && stack[stack.length - 1].level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (top && top.level === level && top.ordered !== ordered) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < level) {
      const list = document.createElement(ordered ? "ol" : "ul");
      const host = top?.list.lastElementChild;
      if (host) host.appendChild(list);
      else paragraph.before(list);
      top = { level, ordered, list };
      stack.push(top);
    }
    const li = document.createElement("li");
    const p = document.createElement("p");
    p.append(...paragraph.childNodes);
    li.appendChild(p);
    top.list.appendChild(li);
    // The emptied paragraph stays until the next item has checked adjacency against it.
  });
  for (const { paragraph } of items) paragraph.remove();
}

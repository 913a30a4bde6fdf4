/**
 * Cleans the HTML that Word and Google Docs put on the clipboard before the
 * editor parses it. The editor's schema already drops shapes the desk does not
 * keep (underline, strike-through, code, rules, images), but it cannot tell
 * Word's review markup from article text: a tracked deletion, a comment or its
 * "[JS1]" marker would otherwise become words in the article, and Word's list
 * paragraphs would stay paragraphs that start with "·". Claims are anchored to
 * the article's text, so anything that is not the author's text has to go
 * before it is parsed, not afterwards.
 *
 * Pure apart from the parser it is given: the browser passes its DOMParser,
 * unit tests pass linkedom.
 */
export type ParseHtml = (html: string) => Document;

const browserParse: ParseHtml = (html) => new DOMParser().parseFromString(html, "text/html");

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

const WORD_LIST_CLASS = /^MsoListParagraph/i;
const COMMENT_CLASS = /^(?:MsoCommentReference|MsoCommentText|msocomanchor|msocomtxt|msocomoff)$/i;
const FOOTNOTE_CLASS = /^(?:MsoFootnoteReference|MsoEndnoteReference)$/i;
// "[JS1]", "[A2]": the initials-and-number label Word gives a comment.
const COMMENT_LABEL = /^\[[A-Za-z]{0,5}\d+\]$/;
const FOOTNOTE_HREF = /^#(?:_ftn|_edn|ftnt)/i;
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;

function styleOf(element: Element): string {
  return (element.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");
}

function classes(element: Element): string[] {
  return (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
}

function tag(element: Element): string {
  return element.tagName.toLowerCase();
}

/** Replaces an element by its children: the formatting goes, the words stay. */
function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** Elements in tree order; a snapshot, so callers may remove as they go. */
function all(root: Document | Element): Element[] {
  return [...root.querySelectorAll("*")];
}

/** Word's revision markup: <ins>/<del> (which carry cite/datetime) and its msoIns/msoDel spans. */
function isRevision(element: Element): boolean {
  const t = tag(element);
  return t === "ins" || t === "del" || classes(element).some((c) => /^mso(?:Ins|Del)$/i.test(c)) || /mso-(?:ins|del)/.test(styleOf(element));
}

function isDeletion(element: Element): boolean {
  if (tag(element) === "del" || classes(element).some((c) => /^msoDel$/i.test(c)) || /mso-del/.test(styleOf(element))) return true;
  // Strike-through shown as part of a revision is the deleted text, not a style.
  if (tag(element) === "s" || tag(element) === "strike") {
    for (let node: Element | null = element.parentElement; node; node = node.parentElement) if (isRevision(node)) return true;
    return [...element.querySelectorAll("*")].some(isRevision);
  }
  return false;
}

/** Word comment markers, bodies and the list that holds them. */
function isComment(element: Element): boolean {
  const style = styleOf(element);
  if (/mso-element:comment/.test(style) || /mso-special-character:comment/.test(style)) return true;
  if (classes(element).some((c) => COMMENT_CLASS.test(c))) return true;
  if (/^#_msocom_/i.test(element.getAttribute("href") ?? "")) return true;
  // mso-comment-reference/-continuation also sit on the commented words
  // themselves, which are article text; only a bare "[JS1]" label goes.
  return /mso-comment-/.test(style) && COMMENT_LABEL.test((element.textContent ?? "").trim());
}

/** Footnote and endnote reference markers ("[1]"); the note's own text is kept. */
function isFootnoteMarker(element: Element): boolean {
  if (tag(element) === "a" && FOOTNOTE_HREF.test(element.getAttribute("href") ?? "")) return true;
  if (/mso-footnote-id|mso-endnote-id|mso-special-character:(?:footnote|endnote)/.test(styleOf(element))) return true;
  return classes(element).some((c) => FOOTNOTE_CLASS.test(c));
}

function dropReviewMarkup(document: Document): void {
  for (const element of all(document)) {
    if (!element.isConnected) continue;
    if (isDeletion(element) || isComment(element) || isFootnoteMarker(element)) element.remove();
  }
  // Accepted insertions read as plain text.
  for (const element of all(document)) if (isRevision(element)) unwrap(element);
}

type WordListItem = { paragraph: Element; level: number; ordered: boolean };

function wordListItem(paragraph: Element): WordListItem | null {
  const style = styleOf(paragraph);
  if (/mso-list:none/.test(style)) return null;
  const marker = all(paragraph).find((el) => /mso-list:ignore/.test(styleOf(el)));
  // Word also uses the list-paragraph style for merely indented text, so the
  // class alone counts only when the bullet marker is there too.
  const listed = /mso-list:l\d+level\d/.test(style) || (marker !== undefined && classes(paragraph).some((c) => WORD_LIST_CLASS.test(c)));
  if (!listed) return null;
  const level = Number(/level(\d+)/.exec(style)?.[1] ?? 1);
  let label = marker?.textContent ?? "";
  if (marker) marker.remove();
  else {
    // Without the marker span the bullet is plain leading text: "·", "o", "§"
    // or "1." followed by Word's padding of non-breaking spaces.
    // Parsers may split that text into several nodes (at each entity), so
    // the first few characters are read across nodes and trimmed across them.
    const walker = paragraph.ownerDocument.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Node[] = [];
    let lead = "";
    for (let node = walker.nextNode(); node && lead.length < 16; node = walker.nextNode()) {
      nodes.push(node);
      lead += node.textContent ?? "";
    }
    const match = /^[\s\u00a0]*(?:[·•▪◦o§\-–]|[\da-z]{1,4}[.)])[\s\u00a0]+/i.exec(lead);
    if (match) {
      label = match[0];
      let rest = match[0].length;
      for (const node of nodes) {
        if (rest <= 0) break;
        const text = node.textContent ?? "";
        node.textContent = text.slice(rest);
        rest -= text.length;
      }
    }
  }
  const ordered = /^[\s\u00a0]*(?:\d+|[a-z]{1,4})[.)]/i.test(label);
  return { paragraph, level: Number.isFinite(level) && level > 0 ? level : 1, ordered };
}

/**
 * Turns runs of Word list paragraphs into <ul>/<ol>. Levels nest: a deeper
 * item opens a list inside the previous item, as the editor's lists do.
 */
function rebuildWordLists(document: Document): void {
  const items = all(document)
    .filter((el) => tag(el) === "p")
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
    // The emptied paragraph stays until the next item has checked adjacency
    // against it; it goes with the other empty paragraphs at the end.
  });
}

/** Shapes the schema would drop anyway, rewritten so their words read well. */
function flattenRetiredShapes(document: Document): void {
  for (const element of all(document)) {
    const t = tag(element);
    if (t === "pre") {
      // A code block's lines become one paragraph with line breaks, not one run-on line.
      const p = document.createElement("p");
      (element.textContent ?? "").replace(/\n$/, "").split("\n").forEach((line, i) => {
        if (i > 0) p.appendChild(document.createElement("br"));
        p.appendChild(document.createTextNode(line));
      });
      element.replaceWith(p);
    } else if (t === "hr" || t === "img" || t === "picture" || t === "svg" || t === "video" || t === "audio") {
      element.remove();
    }
  }
}

const TEXT_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div"]);
const BREAK_HOSTS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "blockquote", "span", "strong", "em", "b", "i", "a", "font", "u", "s", "sup", "sub"]);

/**
 * Google Docs separates blocks with a bare <br> (a blank line) and leaves an
 * empty paragraph where an image was; Word pads with <p>&nbsp;</p>. None of
 * them is text, and a blank paragraph would be an empty block in the article.
 */
function dropEmptyBlocks(document: Document): void {
  for (const br of all(document).filter((el) => tag(el) === "br")) {
    const parent = br.parentElement;
    // A bare <br> outside any text block would become a paragraph of its own.
    // (Google Docs' whole-paste wrapper is a <b>, so that counts as outside.)
    const wrapper = parent && tag(parent) === "b" && (parent.getAttribute("id") ?? "").startsWith("docs-internal-guid");
    if (!parent || wrapper || !BREAK_HOSTS.has(tag(parent))) br.remove();
  }
  for (const element of all(document).reverse()) {
    if (!TEXT_BLOCKS.has(tag(element)) || !element.isConnected) continue;
    if (BLANK.test(element.textContent ?? "")) element.remove();
  }
}

/** The addresses an article's links may have (lib/articles/clean-doc.ts keeps no others on save). */
const KEPT_HREF = /^\s*(https?:|mailto:)/i;

/**
 * A link to an address the article cannot keep (relative, ftp:, a file on the
 * writer's disk) loses its link here, its words kept: otherwise the editor shows
 * it as a link and saving quietly drops it.
 */
function unwrapUnkeptLinks(document: Document): void {
  for (const element of all(document)) if (tag(element) === "a" && !KEPT_HREF.test(element.getAttribute("href") ?? "")) unwrap(element);
}

/** Cleans Word / Google Docs clipboard HTML; see the file comment. */
export function cleanPastedHtml(html: string, parse: ParseHtml = browserParse): string {
  let source = html;
  for (const pattern of ANNOTATION_BLOCKS) source = source.replace(pattern, "");
  source = source.replace(BARE_CONDITIONAL, "");
  const document = parse(/<(?:html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`);
  dropReviewMarkup(document);
  unwrapUnkeptLinks(document);
  rebuildWordLists(document);
  flattenRetiredShapes(document);
  dropEmptyBlocks(document);
  return document.body.innerHTML.trim();
}

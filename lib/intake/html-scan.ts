/**
 * Measures the element tree linkedom will build from markup without building
 * it. linkedom parses with htmlparser2 10, which keeps its open elements with
 * Array#unshift: parsing is quadratic in nesting depth (200,000 nested <div>s,
 * 2.2 MB, take 35 s), so a deep page has to be refused before it is parsed.
 *
 * This is a port of htmlparser2 10's tokenizer and tree rules as far as they
 * decide where an element opens and closes: comments, declarations and CDATA,
 * quoted attributes, raw text (<script>, <style>, <title>, <textarea>, <xmp>,
 * including the parser's quirks in recognizing them and their end tags), void
 * elements, implied closes (<p> closes an open <p>), self-closing tags inside
 * <svg>/<math>, and stray end tags. Entities are skipped: they never contain
 * "<". Where the port could only disagree with the parser by seeing more
 * elements than it builds, it does (an over-count refuses a page; an
 * under-count would let a deep one through). html-scan.test.ts checks it
 * against linkedom.
 */

export type MarkupShape = {
  /** Deepest element, counting the outermost as 1. */
  depth: number;
  /** Elements the parser creates, implied ones included. */
  elements: number;
};

const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const TABLE_SECTION = new Set(["thead", "tbody"]);
const DD_DT = new Set(["dd", "dt"]);
const RT_RP = new Set(["rt", "rp"]);
const P_CLOSERS = ["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
  "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul", "p", "h1", "h2", "h3", "h4", "h5", "h6"];

/** htmlparser2's openImpliesClose: opening the key closes these while on top. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ...P_CLOSERS.map((name): [string, Set<string>] => [name, P]),
  ...["select", "input", "output", "button", "datalist", "textarea"].map((name): [string, Set<string>] => [name, FORM]),
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", DD_DT],
  ["dt", DD_DT],
  ["rt", RT_RP],
  ["rp", RT_RP],
  ["tbody", TABLE_SECTION],
  ["tfoot", TABLE_SECTION],
]);

const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex",
  "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/** The parser's stack of open elements, counting what it creates. */
class OpenElements {
  depth = 0;
  elements = 0;
  private readonly names: string[] = [];
  // How many of each name are open, so a stray end tag costs no search.
  private readonly open = new Map<string, number>();
  // Whether "<x/>" closes itself: only in <svg>/<math>. Top is last.
  private readonly foreign: boolean[] = [false];

  constructor(private readonly limits: MarkupShape) {}

  get over(): boolean {
    return this.depth > this.limits.depth || this.elements > this.limits.elements;
  }

  private created(depth: number): void {
    this.elements++;
    if (depth > this.depth) this.depth = depth;
  }

  private push(name: string): void {
    this.names.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
  }

  private pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.open.set(name, (this.open.get(name) ?? 1) - 1);
    return name;
  }

  private get top(): string | undefined {
    return this.names[this.names.length - 1];
  }

  openTag(name: string): void {
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && this.top !== undefined && closes.has(this.top)) this.pop();
    if (VOID.has(name)) return this.created(this.names.length + 1);
    this.push(name);
    this.created(this.names.length);
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
  }

  /** "/>" ending the tag just opened. */
  selfClosed(name: string): void {
    if (this.foreign[this.foreign.length - 1] && this.top === name) this.pop();
  }

  closeTag(name: string): void {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (VOID.has(name)) {
      // </br> is read as <br>; other void end tags are ignored.
      if (name === "br") this.created(this.names.length + 1);
      return;
    }
    if (this.open.get(name)) {
      while (this.pop() !== name);
    } else if (name === "p") {
      // A stray </p> makes an empty <p>.
      this.created(this.names.length + 1);
    }
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function endsTagName(c: number): boolean {
  return c === SLASH || c === GT || isWhitespace(c);
}

/** Index after the next ">" at or after `from`, or the end. */
function afterGt(html: string, from: number): number {
  const gt = html.indexOf(">", from);
  return gt === -1 ? html.length : gt + 1;
}

/** Index after the next `text` at or after `from`, or the end. */
function after(html: string, text: string, from: number): number {
  const at = html.indexOf(text, from);
  return at === -1 ? html.length : at + text.length;
}

/**
 * Raw-text elements, as htmlparser2 picks them: by the tag's first letter (s,
 * t or x) and second letter alone, so <tmp> is read as <xmp> and <xitle> as
 * <title>. The rest of the element's name must follow, then a space, "/" or
 * ">". Returns that element's name, whose end tag ends the raw text.
 */
function rawTextEnd(html: string, start: number): string | null {
  const first = html.charCodeAt(start) | 0x20;
  const second = html.charCodeAt(start + 1) | 0x20;
  let end: string | null = null;
  if (first === 0x73 /* s */) end = second === 0x63 ? "script" : second === 0x74 ? "style" : null;
  else if (first === 0x74 /* t */ || first === 0x78 /* x */) {
    end = second === 0x69 ? "title" : second === 0x65 ? "textarea" : second === 0x6d ? "xmp" : null;
  }
  if (end === null) return null;
  for (let k = 2; k < end.length; k++) {
    if ((html.charCodeAt(start + k) | 0x20) !== end.charCodeAt(k)) return null;
  }
  return endsTagName(html.charCodeAt(start + end.length)) ? end : null;
}

/**
 * Skips raw text from `from` to its end tag, as htmlparser2's
 * stateInSpecialTag does (it compares characters with `c | 0x20`, so
 * U+001C and U+000F stand in for "<" and "/"), and closes the element.
 * Returns the index after the end tag.
 */
function skipRawText(html: string, from: number, name: string, tree: OpenElements): number {
  const sequence = `</${name}`;
  let matched = 0;
  for (let at = from; at < html.length; at++) {
    const c = html.charCodeAt(at);
    if (matched === sequence.length) {
      if (c === GT || isWhitespace(c)) {
        tree.closeTag(name);
        return c === GT ? at + 1 : afterGt(html, at + 1);
      }
      matched = 0;
    }
    if ((c | 0x20) === sequence.charCodeAt(matched)) {
      matched++;
    } else if (matched === 0) {
      // Outside <title> the parser jumps to the next real "<".
      if (name !== "title") {
        const lt = html.indexOf("<", at + 1);
        if (lt === -1) return html.length;
        at = lt;
        matched = 1;
      }
    } else {
      matched = c === LT ? 1 : 0;
    }
  }
  return html.length;
}

/** From the character after "<!": a comment, CDATA or a declaration. */
function skipDeclaration(html: string, at: number): number {
  const c = html.charCodeAt(at);
  if (c === 0x5b /* [ */) {
    let k = 0;
    while (k < 6 && html.charCodeAt(at + 1 + k) === "CDATA[".charCodeAt(k)) k++;
    return k === 6 ? after(html, "]]>", at + 7) : afterGt(html, at + 1 + k);
  }
  if (c === 0x2d /* - */) {
    // "<!--" opens a comment whose own dashes may end it ("<!-->").
    return html.charCodeAt(at + 1) === 0x2d ? after(html, "-->", at) : afterGt(html, at + 2);
  }
  return afterGt(html, at + 1);
}

/** From the character after "</". */
function closingTag(html: string, at: number, tree: OpenElements): number {
  while (at < html.length && isWhitespace(html.charCodeAt(at))) at++;
  if (at >= html.length) return html.length;
  const c = html.charCodeAt(at);
  if (c === GT) return at + 1;
  if (!isAsciiAlpha(c)) return afterGt(html, at + 1);
  // The name runs to ">" or a space ("/" is part of it: </div/> closes nothing).
  let end = at + 1;
  while (end < html.length && html.charCodeAt(end) !== GT && !isWhitespace(html.charCodeAt(end))) end++;
  if (end >= html.length) return html.length;
  tree.closeTag(html.slice(at, end).toLowerCase());
  return html.charCodeAt(end) === GT ? end + 1 : afterGt(html, end + 1);
}

/** From the tag name's first letter, through its attributes (and raw text). */
function openingTag(html: string, start: number, tree: OpenElements): number {
  const length = html.length;
  const rawText = rawTextEnd(html, start);
  let at = start + 1;
  while (at < length && !endsTagName(html.charCodeAt(at))) at++;
  if (at >= length) return length;
  const name = html.slice(start, at).toLowerCase();
  // Attributes: quotes count only right after "=", as in the parser. The
  // element is counted when its tag ends: linkedom drops one cut off by the
  // end of the markup.
  while (at < length) {
    const c = html.charCodeAt(at);
    if (c === GT) {
      tree.openTag(name);
      return rawText ? skipRawText(html, at + 1, rawText, tree) : at + 1;
    }
    if (c === SLASH) {
      at++;
      while (at < length && isWhitespace(html.charCodeAt(at))) at++;
      if (html.charCodeAt(at) === GT) {
        tree.openTag(name);
        tree.selfClosed(name);
        return at + 1;
      }
      continue;
    }
    if (isWhitespace(c)) {
      at++;
      continue;
    }
    // An attribute name: its first character whatever it is, then up to "=", space, "/" or ">".
    at++;
    while (at < length) {
      const n = html.charCodeAt(at);
      if (n === 0x3d /* = */ || endsTagName(n)) break;
      at++;
    }
    while (at < length && isWhitespace(html.charCodeAt(at))) at++;
    if (html.charCodeAt(at) !== 0x3d) continue;
    at++;
    while (at < length && isWhitespace(html.charCodeAt(at))) at++;
    const quote = html.charCodeAt(at);
    if (quote === 0x22 || quote === 0x27) {
      const close = html.indexOf(quote === 0x22 ? '"' : "'", at + 1);
      if (close === -1) return length;
      at = close + 1;
    } else {
      while (at < length && html.charCodeAt(at) !== GT && !isWhitespace(html.charCodeAt(at))) at++;
    }
  }
  return length;
}

/**
 * The depth and element count of the tree htmlparser2 10 (linkedom's parser)
 * builds from `html`, in one linear pass. Stops as soon as either passes
 * `limits`, returning the counts so far.
 */
export function scanMarkupShape(html: string, limits: MarkupShape): MarkupShape {
  const tree = new OpenElements(limits);
  let at = 0;
  while (!tree.over) {
    const lt = html.indexOf("<", at);
    if (lt === -1 || lt + 1 >= html.length) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) at = skipDeclaration(html, lt + 2);
    else if (c === 0x3f /* ? */) at = afterGt(html, lt + 2);
    else if (c === SLASH) at = closingTag(html, lt + 2, tree);
    else if (isAsciiAlpha(c)) at = openingTag(html, lt + 1, tree);
    // Any other character after "<" is text, and is read again (it may be "<").
    else at = lt + 1;
  }
  return { depth: tree.depth, elements: tree.elements };
}

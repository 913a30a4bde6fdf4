import { tagOf } from "./dom-helpers";

/**
 * Tables as readable lines. The editor has no tables, and with their tags
 * dropped a table's cells run together ("Service20252026Social care£120m…").
 * A data table becomes one paragraph per row, its cells separated by " | ",
 * so each row reads as a line a claim can quote. A table used for layout (a
 * cell holding headings, lists or a whole passage of text) is unwrapped
 * instead, its cells' content kept in order.
 */

/** What separates cells in a row's paragraph. */
export const CELL_SEPARATOR = " | ";

const STRUCTURE = "h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote";
const BLOCK = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "section", "article", "header", "footer"]);
// More than this in one cell reads as a passage laid out in a table.
const MAX_CELL_BLOCKS = 3;
const MAX_CELL_CHARS = 400;

function ownRows(table: Element): Element[] {
  return [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((cell) => tagOf(cell) === "td" || tagOf(cell) === "th");
}

function isLayoutCell(cell: Element): boolean {
  const blocks = [...cell.querySelectorAll("*")].filter((element) => BLOCK.has(tagOf(element)));
  return cell.querySelector(STRUCTURE) !== null || blocks.length > MAX_CELL_BLOCKS || (cell.textContent ?? "").trim().length > MAX_CELL_CHARS;
}

/** Appends a cell's content to a row paragraph, its paragraphs joined by spaces. */
function appendInline(target: Element, node: Node): void {
  const element = node.nodeType === 1 ? (node as Element) : null;
  if (element && (BLOCK.has(tagOf(element)) || tagOf(element) === "br")) {
    if (target.childNodes.length > 0 && !/\s$/.test(target.textContent ?? "")) target.append(" ");
    for (const child of [...element.childNodes]) appendInline(target, child);
    return;
  }
  target.append(node);
}

function rowParagraphs(document: Document, table: Element): Element[] {
  const paragraphs: Element[] = [];
  const caption = table.querySelector("caption");
  if (caption && (caption.textContent ?? "").trim()) {
    const p = document.createElement("p");
    for (const child of [...caption.childNodes]) appendInline(p, child);
    paragraphs.push(p);
  }
  for (const row of ownRows(table)) {
    const cells = cellsOf(row).filter((cell) => (cell.textContent ?? "").trim().length > 0);
    if (cells.length === 0) continue;
    const p = document.createElement("p");
    cells.forEach((cell, i) => {
      if (i > 0) p.append(CELL_SEPARATOR);
      const start = p.childNodes.length;
      for (const child of [...cell.childNodes]) appendInline(p, child);
      // Trim the cell's own leading/trailing white space so the separator reads cleanly.
      const first = p.childNodes[start];
      if (first?.nodeType === 3) first.textContent = (first.textContent ?? "").replace(/^\s+/, "");
      const last = p.lastChild;
      if (last?.nodeType === 3) last.textContent = (last.textContent ?? "").replace(/\s+$/, "");
    });
    paragraphs.push(p);
  }
  return paragraphs;
}

function layoutBlocks(document: Document, table: Element): Node[] {
  return ownRows(table).flatMap(cellsOf).flatMap((cell) => {
    if ([...cell.children].some((child) => BLOCK.has(tagOf(child)))) return [...cell.childNodes];
    if (!(cell.textContent ?? "").trim()) return [];
    const p = document.createElement("p");
    p.append(...cell.childNodes);
    return [p];
  });
}

/** Rewrites every table in the document as row paragraphs (or, for layout, its cells' content). */
export function flattenTables(document: Document): void {
  // Document order lists an outer table before the tables inside it; inner ones go first.
  for (const table of [...document.querySelectorAll("table")].reverse()) {
    const layout = ownRows(table).flatMap(cellsOf).some(isLayoutCell);
    table.replaceWith(...(layout ? layoutBlocks(document, table) : rowParagraphs(document, table)));
  }
}

/**
 * A small reader for the flat `@graph` our JSON-LD writes, enough for tests to
 * check it as linked data rather than as text: every node with an `@id` is
 * stated once, and every reference (an object holding only `@id`) points at a
 * node in the graph.
 */
type Node = Record<string, unknown>;

function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) references(item, out);
  else if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "@id") out.push(String((value as Node)["@id"]));
    else for (const [key, item] of Object.entries(value)) if (key !== "@id") references(item, out);
  }
  return out;
}

/** The graph's nodes by `@id`; throws on a repeated `@id` or a reference to nothing. */
export function nodesById(doc: { "@graph": Node[] }): Map<string, Node> {
  const byId = new Map<string, Node>();
  for (const node of doc["@graph"]) {
    const id = node["@id"];
    if (typeof id !== "string") continue;
    if (byId.has(id)) throw new Error(`@id stated twice: ${id}`);
    byId.set(id, node);
  }
  for (const ref of references(doc["@graph"])) if (!byId.has(ref)) throw new Error(`reference to a missing node: ${ref}`);
  return byId;
}

/** The nodes an article's `correction` refers to, in its order. */
export function correctionsOf(byId: Map<string, Node>, articleId: string): Node[] {
  const article = byId.get(articleId);
  if (!article) throw new Error(`no article ${articleId}`);
  return ((article.correction as { "@id": string }[] | undefined) ?? []).map((ref) => {
    const node = byId.get(ref["@id"]);
    if (!node) throw new Error(`missing ${ref["@id"]}`);
    return node;
  });
}

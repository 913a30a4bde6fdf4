import sanitizeHtml from "sanitize-html";
import { normalizePastedStyles } from "./pasted-styles";

export type SanitizeOptions = {
  /** Hosts whose images may stay (e.g. the newsroom's CDN); others are dropped. */
  allowedImageHosts?: readonly string[];
};

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const LINK_REL = "noopener noreferrer nofollow";


// Elements whose text is never article text: dropped with their content
// rather than unwrapped. Word's clipboard carries <xml> and <title> too.
const DROPPED_WITH_CONTENT = [
  "script", "style", "textarea", "option", "noscript", "iframe", "object", "embed",
  "template", "svg", "math", "title", "head", "xml", "select", "button",
];

/** Absolute http(s)/mailto URL, or null for relative, javascript: and the like. */
function safeLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function allowedImage(src: string | undefined, hosts: readonly string[]): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return (url.protocol === "https:" || url.protocol === "http:") && hosts.includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

function isGoogleDocsWrapper(attribs: Record<string, string>): boolean {
  const style = (attribs.style ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("font-weight:normal") || (attribs.id ?? "").startsWith("docs-internal-guid");
}

/**
 * Cleans HTML pasted or imported into an article down to what the editor
 * keeps: headings h1–h4 (h5/h6 become h4), paragraphs, lists, bold/italic,
 * links (absolute http/https/mailto only, opened with rel="noopener
 * noreferrer nofollow"), line breaks and block quotes. Scripts, styles,
 * iframes, forms, event handlers, comments, classes and inline styles go;
 * images go unless their host is in `allowedImageHosts`. Word and Google
 * Docs cruft is unwrapped: their styled spans become <strong>/<em>, Word list
 * paragraphs become lists, and the <b style="font-weight:normal"> wrapper
 * Google Docs puts around a whole paste is removed.
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): string {
  const imageHosts = (options.allowedImageHosts ?? []).map((host) => host.toLowerCase());
  // Attribute objects of elements to drop while keeping their content. The
  // sanitizer strips unknown attributes before the filter runs, so the mark
  // is the object's identity rather than an attribute.
  const unwrapped = new WeakSet<sanitizeHtml.Attributes>();
  const unwrap = (): sanitizeHtml.Attributes => {
    const attribs: sanitizeHtml.Attributes = {};
    unwrapped.add(attribs);
    return attribs;
  };
  const clean = sanitizeHtml(normalizePastedStyles(html), {
    allowedTags: ["h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "blockquote",
      ...(imageHosts.length > 0 ? ["img"] : [])],
    allowedAttributes: { a: ["href", "rel"], img: ["src", "alt"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      h5: "h4",
      h6: "h4",
      a: (_tag, attribs) => {
        const href = safeLink(attribs.href);
        // An unsafe or relative link keeps its words but loses the link.
        return { tagName: "a", attribs: href ? { href, rel: LINK_REL } : unwrap() };
      },
      b: (tag, attribs) => ({ tagName: tag, attribs: isGoogleDocsWrapper(attribs) ? unwrap() : {} }),
    },
    // Unwrapping goes through the filter rather than renaming the tag to a
    // disallowed one: sanitize-html 2.17 can then close the next sibling with
    // the wrong tag name.
    exclusiveFilter: (frame) => {
      if (unwrapped.has(frame.attribs)) return "excludeTag";
      return frame.tag === "img" && !allowedImage(frame.attribs.src, imageHosts);
    },
  });
  // Word pads documents with empty paragraphs (<p>&nbsp;</p>). Removed on the
  // output, which the sanitizer wrote, because an unwrapped child's text is
  // not counted in its parent's frame and the filter would misjudge it.
  return clean.replace(/<p>(?:\s|&nbsp;|\u00a0)*<\/p>/g, "").trim();
}

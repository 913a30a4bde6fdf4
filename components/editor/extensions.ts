import type { Extensions } from "@tiptap/core";
import { Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { ClaimHighlights } from "./claim-highlights";

/**
 * The article editor's extensions in one place: the shapes an article may have
 * (headings, paragraphs, lists, quotes, bold/italic, links) and the claim
 * highlights. Pasted content is parsed against this schema, so anything else a
 * paste carries (scripts, styles, iframes, images) never enters the document.
 */
export function articleExtensions(onClaimClick: (claimId: string) => void): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      trailingNode: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ["http", "https", "mailto"],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    Placeholder.configure({ placeholder: "Paste or type the article here…" }),
    ClaimHighlights.configure({ onClaimClick }),
  ];
}

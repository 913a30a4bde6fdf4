import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { buildBlockIndex, offsetToPos } from "./text-positions";

/** A claim to highlight: plain-text offsets plus the CSS tone for its status/verdict. */
export type HighlightClaim = { id: string; start: number; end: number; tone: string; label: string };

type ClaimHighlightsOptions = { onClaimClick: (claimId: string) => void };

const highlightKey = new PluginKey<DecorationSet>("claimHighlights");

/**
 * Claim highlights as ProseMirror decorations rather than marks: they are not part
 * of the article (saving never writes them), they follow edits through the
 * transaction mapping until the next save re-anchors the claims, and hundreds of
 * them cost one DecorationSet build.
 */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",
  addOptions() {
    return { onClaimClick: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key: highlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(highlightKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: {
          decorations: (state) => highlightKey.getState(state),
          handleClick: (_view, _pos, event) => {
            const target = (event.target as HTMLElement | null)?.closest?.("[data-claim-id]");
            const id = target?.getAttribute("data-claim-id");
            // After the click has placed the caret: selecting the claim redraws the
            // highlights, and redrawn under the pointer mid-click, the <mark> took
            // the caret's place with it, and it landed at the article's start.
            if (id) setTimeout(() => options.onClaimClick(id), 0);
            return false;
          },
        },
      }),
    ];
  },
});

/** Replaces every highlight with the given claims (offsets into the current text). */
export function setClaimHighlights(editor: Editor, claims: readonly HighlightClaim[], selectedId: string | null): void {
  const { doc } = editor.state;
  const index = buildBlockIndex(doc);
  const decorations = claims
    .filter((claim) => claim.end > claim.start)
    .map((claim) =>
      Decoration.inline(offsetToPos(index, claim.start), offsetToPos(index, claim.end), {
        nodeName: "mark",
        class: `claim-hl tone-${claim.tone}${claim.id === selectedId ? " is-selected" : ""}`,
        "data-claim-id": claim.id,
        title: claim.label,
      }),
    );
  editor.view.dispatch(editor.state.tr.setMeta(highlightKey, DecorationSet.create(doc, decorations)).setMeta("addToHistory", false));
}

import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { scanMarkupShape, type MarkupShape } from "./html-scan";

const UNLIMITED = { depth: Infinity, elements: Infinity };

/** The depth and element count of what linkedom actually builds from `html`. */
function built(html: string): MarkupShape {
  const { document } = parseHTML(html);
  const shape = { depth: 0, elements: 0 };
  const stack: [Element, number][] = [...document.children].map((child): [Element, number] => [child, 1]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [element, depth] = next;
    shape.elements++;
    shape.depth = Math.max(shape.depth, depth);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return shape;
}

describe("scanMarkupShape counts what linkedom builds", () => {
  // Each hides or shows tags in a way a naive count of "<div>" gets wrong.
  test.each([
    ["raw text hides tags", "<div><script><div><div></script><p>x</p></div>"],
    ["a raw-text end tag the parser reads from control characters", "<script>\x1c\x0fscript><div><div></div></div>"],
    ["<script/> is not raw text", "<script/><div><div></div></div>"],
    ["<tmp> is read as <xmp>", "<tmp><div><div></xmp><div></div>"],
    ["<title> and <textarea>", "<title><div></title><textarea><div></textarea><b>x</b>"],
    ["a raw-text end tag must end in a space or >", "<style><div></style/><div></style ><i></i>"],
    ["comments, short and long", "<!--><div><!---><div><!-- <span> --><!-- -- --><i></i>"],
    ["a declaration swallows to the next >", "<!-><div>><span></span><!><b>x</b>"],
    ["CDATA, and a near miss", "<![CDATA[<div>]]><![CDAT<div>><p></p>"],
    ["a processing instruction", "<?xml <div>?><p></p>"],
    ["quoted attribute values", "<div title='></div><div>'><span a=\"<b>\"></span></div>"],
    ["a quote in an attribute name is just a character", '<div a"b><span>"></span></div>'],
    ["unquoted values keep / and quotes", "<a href=/x/><b class=a\"b>x</b></a>"],
    ["self-closing counts only inside svg and math", "<div/><div/><svg><path/><g/></svg><math><mi/></math>"],
    ["foreignObject switches self-closing off", "<svg><foreignObject><div/><div/></foreignObject><path/></svg>"],
    ["implied closes", "<p>a<div>b</div><ul><li>1<li>2</ul><table><tr><td>a<td>b<tr><td>c</table><select><option>1<option>2</select>"],
    ["stray end tags, </p> and </br>", "</div></span></p></br><div></p></div>"],
    ["void elements and their end tags", "<br><img src=x><hr></img></hr><input><p>x</p>"],
    ["end tags with a space or a slash", "<div><div></ div></div/></div>"],
    ["upper case", "<DIV><SCRIPT><div></SCRIPT><P>x</DIV>"],
    ["unterminated at the end", "<div><span title='x"],
  ])("%s", (_label, html) => {
    expect(scanMarkupShape(html, UNLIMITED)).toEqual(built(html));
  });

  test("the import fixtures", () => {
    for (const name of readdirSync(new URL("./fixtures", import.meta.url)).filter((file) => /\.html?$/.test(file))) {
      const html = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
      expect(scanMarkupShape(html, UNLIMITED), name).toEqual(built(html));
    }
  });

  test("random markup", () => {
    // Pieces of tags and of the constructs above, shuffled character by character and token by token.
    const pieces = ["<", ">", "/", "!", "-", "?", "[", "]", '"', "'", "=", " ", "\n", "a", "p", "s", "x", "\x1c", "\x0f",
      "<div", "</div", "<p", "</p", "<br", "</br", "<li", "<td", "<tr", "<table", "<svg", "</svg", "<math", "<path",
      "<foreignObject", "</foreignObject", "<script", "</script", "<style", "</style", "<title", "</title", "<textarea",
      "</textarea", "<xmp", "<tmp", "</xmp", "<!--", "-->", "<![CDATA[", "]]>", "<select", "<option", "<h1", "<b", "</b"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const html = parts.join("");
        expect(scanMarkupShape(html, UNLIMITED)).toEqual(built(html));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("scanMarkupShape stops at its limits", () => {
  test("200,000 nested <div>s (2.2 MB, minutes for linkedom to parse) stop just past the depth limit", () => {
    const html = "<div>".repeat(200_000) + "x" + "</div>".repeat(200_000);
    expect(scanMarkupShape(html, { depth: 200, elements: 30_000 })).toEqual({ depth: 201, elements: 201 });
  });

  test("a flat page stops just past the element limit", () => {
    const html = "<p>x</p>".repeat(100_000);
    expect(scanMarkupShape(html, { depth: 200, elements: 30_000 })).toEqual({ depth: 1, elements: 30_001 });
  });

  test("a page within both limits is measured whole", () => {
    const html = "<div>".repeat(199) + "<p>x</p>" + "</div>".repeat(199);
    expect(scanMarkupShape(html, { depth: 200, elements: 30_000 })).toEqual({ depth: 200, elements: 200 });
  });
});

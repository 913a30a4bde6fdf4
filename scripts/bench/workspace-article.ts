/**
 * A deterministic 10,000-word article with 500 claim spans for bench:workspace:
 * paragraphs of varied news sentences, every claim a whole sentence.
 */
const SENTENCES = [
  "The council approved a budget of $48.5 million for the new bridge on Tuesday.",
  "Traffic on the old crossing has risen by 38 percent in five years, the agency said.",
  "Mayor Lena Fischer said the project was the largest investment in the town's history.",
  "Opponents argue that the money would be better spent on schools and on the hospital.",
  "The regional population passed 60,000 last year, according to the census office.",
  "Construction is due to start in March and should take about three years to finish.",
  "Residents who live near the river have raised concerns about noise and lorries at night.",
  "The transport minister visited the site in June and promised further support from the state.",
];

export type BenchArticle = {
  text: string;
  claimSpans: { start: number; end: number }[];
  editedParagraph: { text: string; replacement: string };
};

export function buildBenchArticle(targetWords = 10_000, claimCount = 500): BenchArticle {
  const paragraphs: string[] = [];
  let words = 0;
  let n = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let i = 0; i < 5; i++, n++) sentences.push(`${SENTENCES[n % SENTENCES.length].slice(0, -1)} (item ${n}).`);
    const paragraph = sentences.join(" ");
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  const text = paragraphs.join("\n\n");
  const sentenceSpans: { start: number; end: number }[] = [];
  const re = /[^.\n]+\(item \d+\)\./g;
  for (const match of text.matchAll(re)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    sentenceSpans.push({ start, end: match.index + match[0].length });
  }
  const step = sentenceSpans.length / claimCount;
  const claimSpans = Array.from({ length: claimCount }, (_, i) => sentenceSpans[Math.floor(i * step)]);
  const middle = paragraphs[Math.floor(paragraphs.length / 2)];
  return { text, claimSpans, editedParagraph: { text: middle, replacement: middle.replace(/\d+ percent|\$[\d.]+ million|\d{2},\d{3}/, "41 percent") + " A sentence was added." } };
}

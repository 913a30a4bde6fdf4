/**
 * The demo article. Written for this project (not taken from any outlet); the
 * town, people and figures are invented, so the demo checks nothing real.
 */
export const SAMPLE_ARTICLE = {
  title: "Harbourton council approves river bridge after two-year dispute",
  byline: "By Mara Okafor, City Desk",
  sourceUrl: "https://newsroom.example/local/harbourton-bridge",
  text: `HARBOURTON — The town council voted 7 to 2 on Tuesday night to build a second bridge over the Esk River, ending a dispute that has divided the town since 2024.

The bridge will cost $48.5 million, according to the council's own estimate, and construction is due to start in March next year. Mayor Lena Fischer said the project was "the largest investment in Harbourton's history."

Traffic on the existing Mill Street bridge has risen by 38 percent in five years, the regional transport agency said in a report published last month. The agency found that the average crossing at rush hour now takes 14 minutes, up from six minutes in 2019.

Opponents argue the money would be better spent on schools. Councillor David Brandt, who voted against the plan, said Harbourton has the highest class sizes in the county and that three primary schools need new roofs.

The bridge is expected to cut journey times in half, although some residents fear it will bring more lorries through the old town. Harbourton is one of the fastest-growing towns in the region and its population passed 60,000 last year.

I think the new bridge will be beautiful. What could possibly go wrong?

Leave a comment below.`,
  /** The passage the earlier article's check is about; the editor marks it as a claim. */
  timetable: "construction is due to start in March next year",
};

/**
 * An earlier article the desk checked and signed off: its timetable claim is what
 * the sample article's construction claim finds under "Checked before".
 */
export const EARLIER_ARTICLE = {
  title: "Council publishes timetable for second Esk River bridge",
  byline: "By Mara Okafor, City Desk",
  sourceUrl: "https://newsroom.example/local/esk-bridge-timetable",
  text: "Construction of the second Esk River bridge is due to start in March next year, the council said.",
};

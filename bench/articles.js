// Deterministic sample articles for the benchmark: about 3 KB of body each, like a short news story.
const SENTENCES = [
  'The harbour authority said the new pier would open before the summer timetable begins.',
  'Residents on the far shore have waited eleven years for a crossing after nine in the evening.',
  'A survey of two hundred commuters found that most would use a late boat at least twice a week.',
  'The council will review the numbers in October and decide whether to keep the winter service.',
  'Fishermen asked for the new lights to be dimmed after midnight so they do not dazzle the crews.',
  'The electric ferry charges at the quay during the day and can make six crossings on one charge.',
];

export function makeArticles(n) {
  const articles = [];
  for (let i = 0; i < n; i++) {
    const paragraphs = [];
    for (let p = 0; p < 8; p++) {
      const s = (k) => SENTENCES[(i + p + k) % SENTENCES.length];
      paragraphs.push(`<p>${s(0)} ${s(1)} <a href="https://ledger.example/story/${i}/${p}">${s(2).slice(0, 24)}</a> ${s(3)}</p>`);
    }
    articles.push({
      headline: `Night ferries return to the northern fjord, part ${i + 1}`,
      url: `https://ledger.example/2026/03/night-ferries-${i}/`,
      body: paragraphs.join(''),
      authors: [{ name: 'Ingrid Solberg', url: 'https://ledger.example/authors/ingrid-solberg/' }],
      published: '2026-03-14T07:12:00Z',
    });
  }
  return articles;
}

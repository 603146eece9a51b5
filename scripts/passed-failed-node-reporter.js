// A node:test reporter with one job: a plain "N passed, N failed" line at the end, the line CI
// adds up across runners (the spec reporter beside it prints the details). Todo and skipped
// tests are counted apart, as wtr's line does.
export default async function* passedFailedLine(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    // Suites report too; only tests count, as in the browser runs.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) skipped++;
    else if (event.type === 'test:pass') passed++;
    else failed++;
  }
  yield `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}

// A wtr reporter with one job: print a plain "N passed, N failed" line as the very last line of
// the run, which CI reads (wtr's own summary carries a progress-bar prefix). wtr exits right after
// its reporters' last hook, so the line is written from the process's exit handler.
export function passedFailedLineReporter() {
  let line;
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load, or errored outside a test, is one failure more.
        if (!session.passed && session.errors?.length) failed++;
      }
      if (line === undefined) process.once('exit', () => process.stdout.write(`\n${line}\n`));
      line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    },
  };
}

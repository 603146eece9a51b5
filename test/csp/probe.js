// Loaded first by every strict page: records each CSP violation and each uncaught error, for the
// parent test (test/security/csp.test.ts) to read once the page has rendered.
window.cspReport = { violations: [], errors: [] };
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.cspReport.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()),
  true,
);
window.addEventListener('error', (event) => window.cspReport.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.cspReport.errors.push(String(event.reason)));

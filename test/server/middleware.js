// The test server's own routes (served by the test runner's dev server on loopback).
// Test files fetch fixtures and faults from here: see test/server/README in the sources tests.
export async function testServer(ctx, next) {
  return next();
}

// The checks of the XSS table must be able to fail: an unsanitized render is caught by both the
// spy and the inspection.
import { expect, waitUntil } from '@open-wc/testing';
import { calls, installSpy, running, inspect } from './harness.js';

describe('XSS harness (control)', () => {
  it('catches a payload that runs and the markup that carried it', async () => {
    installSpy();
    running('control');
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    // Deliberately unsafe: this is what the table would see if sanitizing were skipped.
    root.innerHTML = `<div part="body"><img src="x" onerror="__xss()"><a href="javascript:void 0" target="_blank">x</a>
      <form><input></form><p style="position:fixed">o</p><div popover>p</div><svg></svg></div>`;
    await waitUntil(() => calls.length > 0, 'the spy was not called');
    const problems = inspect(host).join('\n');
    for (const expected of [
      'handler onerror',
      'dangerous href',
      'without noopener',
      'forbidden <form',
      'forbidden <p',
      'forbidden <div',
      'forbidden in body <input',
      'forbidden in body <svg',
    ]) {
      expect(problems).to.contain(expected);
    }
    calls.length = 0;
    host.remove();
  });
});

// What `bench/browser.mjs` (our widget) and `bench/peers/run.mjs` (the peer engines) share, so
// both measure the same way: the two profiles, throttling through the DevTools protocol, typing the
// query for keystroke-to-paint, and the statistics.

/** "mobile": CPU 4× slower, 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
export const PROFILES = {
  unthrottled: null,
  mobile: { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 },
};

/** Applies `profile` (null: none) to a fresh page before it navigates. */
export async function throttle(context, page, profile) {
  if (!profile) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.down, uploadThroughput: profile.up });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.round((xs.length - 1) * p))];
export const round = (x) => Math.round(x * 10) / 10;

/** The 12-letter query typed for keystroke-to-paint. */
export const WORD = 'weerbaarheid';

/**
 * Init script (`page.addInitScript(recordKeystrokes)`): for every keydown, the time to the next
 * frame in `window.__keys`, and the keydown time in `window.__keydowns`.
 */
export function recordKeystrokes() {
  window.__keys = [];
  window.__keydowns = [];
  document.addEventListener('keydown', () => {
    const t0 = performance.now();
    window.__keydowns.push(t0);
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
  }, true);
}

/** Types WORD into the focused field, each key once the previous one painted; its keystroke-to-paint times. */
export async function typeWord(page) {
  await page.evaluate(() => { window.__keys = []; window.__keydowns = []; });
  for (const c of WORD) {
    const before = await page.evaluate(() => window.__keys.length);
    await page.keyboard.press(c);
    await page.waitForFunction((n) => window.__keys.length > n, before);
  }
  return page.evaluate(() => window.__keys);
}

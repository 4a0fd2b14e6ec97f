// What `bench/browser.mjs` (our widget) and `bench/peers/run.mjs` (the peer engines) share, so
// both measure the same way: the two profiles, throttling through the DevTools protocol, and the
// statistics.

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

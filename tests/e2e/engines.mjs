// The three browser engines parents use, from Debian's packages, behind one small driver so the
// journeys in journeys.test.mjs are written once: Chromium (playwright-core), Firefox ESR
// (puppeteer-core over WebDriver BiDi) and WebKitGTK, Safari's engine (WebKitWebDriver, classic
// WebDriver over HTTP, in its own Xvfb display). Nothing here downloads a browser.
//
// A page offers: goto(url), run(fn, ...args) (fn runs in the page; arguments and result are
// JSON; a returned promise is awaited), click(x, y) and type(text) / press(key) as real input
// (so the engine's own hit testing and keyboard handling are exercised), url(), close().
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch as launchChromium } from './browser.mjs';

export const ENGINES = (process.env.PW_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);

const expression = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/** Starts `name` ('chromium', 'firefox' or 'webkit'); `close()` ends everything it started. */
export async function start(name) {
  if (name === 'chromium') return chromium();
  if (name === 'firefox') return firefox();
  if (name === 'webkit') return webkit();
  throw new Error(`unknown engine ${name}: use chromium, firefox or webkit`);
}

/** The journeys' page interface over a Playwright or Puppeteer page (their calls used here are the same). */
function driven(page) {
  return {
    goto: (url) => page.goto(url).then(() => {}),
    run: (fn, ...args) => page.evaluate(expression(fn, args)),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text, { delay: 15 }),
    press: (key) => page.keyboard.press(key),
    url: async () => page.url(),
    close: () => page.close(),
  };
}

async function chromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    async newPage({ width, height }) {
      return driven(await browser.newPage({ viewport: { width, height } }));
    },
    close: () => browser.close(),
  };
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // No updates, telemetry or remote settings: the only requests are the test site's.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false },
  });
  return {
    name: 'firefox',
    async newPage({ width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return driven(page);
    },
    close: () => browser.close(),
  };
}

/** Classic WebDriver key values for the keys the journeys press. */
const KEYS = { Escape: '\uE00C', Enter: '\uE007', Tab: '\uE004', Backspace: '\uE003' };

async function webkit() {
  // A display of its own: -displayfd picks a free one and tells its number.
  const xvfb = spawn(process.env.XVFB ?? 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let got = '';
    xvfb.stdio[3].on('data', (d) => { got += d; if (got.includes('\n')) resolve(`:${got.trim()}`); });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const port = 4400 + Math.floor(Math.random() * 1000);
  const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const stop = async () => {
    for (const child of [driver, xvfb]) {
      if (child.exitCode === null) {
        child.kill();
        await once(child, 'exit');
      }
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body, signal) => {
    const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body), signal });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await call('GET', '/status')).ready) break;
    } catch (error) {
      if (i > 100) {
        await stop();
        throw new Error(`WebKitWebDriver did not start: ${error.message}`);
      }
    }
    await sleep(100);
  }
  const sessions = [];
  return {
    name: 'webkit',
    async newPage({ width, height }) {
      // One browser session per page: WebKitGTK opens each in a fresh, empty context. Now and
      // then MiniBrowser dies while starting and the driver waits for it until fetch gives up
      // (300 s): a session not made within 60 s is asked for again, twice at most.
      const capabilities = { alwaysMatch: {
        'webkitgtk:browserOptions': { binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      } };
      // The driver keeps one session at a time: one a failed test left open goes first, so
      // that the next test gets a session of its own instead of "Maximum number of active sessions".
      for (const id of sessions.splice(0)) await call('DELETE', `/session/${id}`).catch(() => {});
      let sessionId;
      for (let attempt = 1; !sessionId; attempt++) {
        try {
          ({ sessionId } = await call('POST', '/session', { capabilities }, AbortSignal.timeout(60_000)));
        } catch (error) {
          if (attempt === 3 || error.name !== 'TimeoutError') throw error;
          console.warn(`WebKitWebDriver made no session within 60 s (attempt ${attempt}); asking again`);
        }
      }
      sessions.push(sessionId);
      const s = (path) => `/session/${sessionId}${path}`;
      await call('POST', s('/timeouts'), { script: 30000, pageLoad: 30000 });
      // The window is sized so that the page's viewport is width × height.
      await call('POST', s('/window/rect'), { width, height });
      const inner = await call('POST', s('/execute/sync'), { script: 'return [innerWidth, innerHeight]', args: [] });
      await call('POST', s('/window/rect'), { width: 2 * width - inner[0], height: 2 * height - inner[1] });
      const actions = (list) => call('POST', s('/actions'), { actions: list }).then(() => call('DELETE', s('/actions')));
      return {
        goto: (url) => call('POST', s('/url'), { url }).then(() => {}),
        async run(fn, ...args) {
          const script = `const done = arguments[0];
            Promise.resolve().then(() => ${expression(fn, args)}).then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`;
          const answer = await call('POST', s('/execute/async'), { script, args: [] });
          if (answer?.error) throw new Error(answer.error);
          return answer?.value;
        },
        click: (x, y) => actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
          { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }]),
        type: (text) => actions([{ type: 'key', id: 'keyboard', actions: [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]) }]),
        press: (key) => actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] ?? key }, { type: 'keyUp', value: KEYS[key] ?? key }] }]),
        url: () => call('GET', s('/url')),
        async close() {
          sessions.splice(sessions.indexOf(sessionId), 1);
          await call('DELETE', s(''));
        },
      };
    },
    async close() {
      for (const id of sessions.splice(0)) await call('DELETE', `/session/${id}`).catch(() => {});
      await stop();
    },
  };
}

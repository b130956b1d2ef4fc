import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function measure(url) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(3500);
  await cdp.send('Tracing.end'); await done;
  const rm = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const on = events.filter((e) => e.ph === 'X' && e.tid === rm.tid);
  const sum = (n) => on.filter((e) => e.name === n).reduce((a, e) => a + e.dur / 1000, 0);
  const tops = on.filter((e) => e.dur > 50000 && !on.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur));
  const long = tops.reduce((a, e) => a + (e.dur / 1000 - 50), 0);
  await ctx.close();
  return { layout: sum('Layout'), style: sum('UpdateLayoutTree'), parse: sum('ParseHTML'), paint: sum('Paint'), over50: long };
}
for (const v of process.argv.slice(2)) {
  const rs = [];
  for (let i = 0; i < 5; i++) rs.push(await measure(`http://127.0.0.1:4393/${v}`));
  const med = (k) => rs.map((r) => r[k]).sort((a, b) => a - b)[2].toFixed(0);
  console.log(v.padEnd(28), ['layout', 'style', 'parse', 'paint', 'over50'].map((k) => `${k} ${med(k)}`).join('  '));
}
await browser.close();

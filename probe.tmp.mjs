import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
for (const path of ['/2022/zh/prologue/handout/', '/2022/zh/economy/handout/', '/2022/zh/governance/handout/', '/2022/zh/livelihood/handout/', '/2022/zh/handout/', '/2022/zh/economy/']) {
  await p.goto('http://127.0.0.1:4371' + path);
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ format: 'A4', preferCSSPageSize: true });
  const name = '/tmp/wt12-' + path.replace(/\//g, '_') + '.pdf';
  writeFileSync(name, pdf);
  console.log(name);
}
await b.close();

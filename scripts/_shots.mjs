import { chromium } from '@playwright/test';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const [, , ...paths] = process.argv;
for (const js of [true]) {
  const ctx = await browser.newContext({
    viewport: { width: 360, height: 640 },
    javaScriptEnabled: js,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  });
  const page = await ctx.newPage();
  for (const p of paths) {
    await page.goto('http://127.0.0.1:4600' + p);
    const h1 = await page.locator('main h1').boundingBox();
    const firstP = await page.locator('main h1 ~ *:not(.page-tools):not(.page-notice)').first().boundingBox();
    console.log(p, 'h1 bottom', Math.round(h1.y + h1.height), 'first block top', firstP && Math.round(firstP.y));
    await page.screenshot({ path: `/tmp/shot-${p.replace(/\//g, '_')}.png` });
  }
  await ctx.close();
}
await browser.close();

import { test, expect } from '@playwright/test';

const pages = [
  { path: '/cijfers/', reports2018: '8.434', table: 'Tabel', source: 'Bron' },
  { path: '/en/figures/', reports2018: '8,434', table: 'Table', source: 'Source' },
];

for (const { path, reports2018, table, source } of pages) {
  test(`${path} shows every chart with a data table, its source and its years`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('figure[data-figure]');
    await expect(figures).toHaveCount(4);
    for (const figure of await figures.all()) {
      const id = await figure.getAttribute('data-figure');
      // The picture is hidden from screen readers; the table carries the numbers.
      await expect(figure.locator('svg'), `${id}`).toHaveAttribute('aria-hidden', 'true');
      await expect(figure.locator('figcaption'), `${id}`).toContainText(`${source}:`);
      await expect(figure.locator('figcaption'), `${id}`).toContainText(/\b(19|20)\d\d\b/);
      await expect(figure.locator('table caption'), `${id}`).toContainText(`${table}:`);
      const rows = await figure.locator('tbody tr').count();
      await expect(figure.locator('tbody th[scope="row"]'), `${id}`).toHaveCount(rows);
      expect(await figure.locator('thead th[scope="col"]').count(), `${id}`).toBeGreaterThanOrEqual(2);
    }
  });

  test(`${path} formats the numbers in the reader's language`, async ({ page }) => {
    await page.goto(path);
    const reports = page.locator('figure[data-figure="vt-reports"]');
    await expect(reports.locator('tbody tr').first().locator('td').last()).toHaveText(reports2018);
    await expect(reports.locator('svg')).toContainText(reports2018);
  });

  test(`${path} fits a 320 px screen: no sideways scrolling, chart text inside the chart, axis labels apart`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const result = await page.evaluate(() => {
      const outside: string[] = [];
      for (const svg of document.querySelectorAll('figure[data-figure] svg')) {
        const box = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          // 2 px of slack for glyph overhang (the J of "Jonge moeders").
          if (r.left < box.left - 2 || r.right > box.right + 2) outside.push(text.textContent ?? '');
        }
      }
      const touching: string[] = [];
      for (const svg of document.querySelectorAll('figure[data-figure] svg')) {
        const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.getBoundingClientRect());
        ticks.slice(1).forEach((r, i) => {
          if (r.left < ticks[i]!.right + 4) touching.push(svg.closest('figure')!.dataset.figure!);
        });
      }
      return { scrollWidth: document.documentElement.scrollWidth, outside, touching };
    });
    expect(result.scrollWidth).toBeLessThanOrEqual(320);
    expect(result.outside).toEqual([]);
    expect(result.touching, 'axis labels closer than 4 px').toEqual([]);
  });
}

test('the Arabic version keeps the chart readable: text of the figure in its own language and direction', async ({ page }) => {
  await page.goto('/ar/figures/');
  const figure = page.locator('figure[data-figure="vt-reports"]');
  // The figures have no Arabic text yet, so the figure is English, left-to-right.
  await expect(figure).toHaveAttribute('lang', 'en');
  await expect(figure).toHaveAttribute('dir', 'ltr');
  await expect(figure.locator('.figure-chart__plot')).toHaveAttribute('dir', 'ltr');
});

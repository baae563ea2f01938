import { describe, expect, it } from 'vitest';
import {
  ChartDataError,
  assertDrawable,
  layoutBarChart,
  linearScale,
  niceStep,
  niceTicks,
  wrapLabel,
  type ChartData,
} from '../../src/lib/chart';

const reports: ChartData = {
  categories: ['Meldingen', 'Adviezen'],
  series: [
    { name: '2017', values: [7560, 5574] },
    { name: '2018', values: [8434, 7408] },
  ],
};

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(2108)).toBe(2500);
    expect(niceStep(108)).toBe(200);
    expect(niceStep(50000)).toBe(50000);
    expect(niceStep(0.07)).toBe(0.1);
    expect(niceStep(6)).toBe(10);
  });

  it('refuses zero, negative and non-finite steps', () => {
    for (const bad of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => niceStep(bad)).toThrow(ChartDataError);
    }
  });
});

describe('niceTicks', () => {
  it('ends the axis at a round number at or above the largest value', () => {
    expect(niceTicks(433)).toEqual({ max: 600, step: 200, ticks: [0, 200, 400, 600] });
    expect(niceTicks(8434)).toEqual({ max: 10000, step: 2500, ticks: [0, 2500, 5000, 7500, 10000] });
  });

  it('does not add an empty step when the largest value is already round', () => {
    expect(niceTicks(200000).ticks).toEqual([0, 50000, 100000, 150000, 200000]);
  });

  it('gives clean decimal ticks without floating-point noise', () => {
    expect(niceTicks(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives all-zero data the axis 0 to 1', () => {
    expect(niceTicks(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('refuses a negative or non-finite maximum and a bad number of steps', () => {
    expect(() => niceTicks(-1)).toThrow(/positive/);
    expect(() => niceTicks(Number.NaN)).toThrow(ChartDataError);
    expect(() => niceTicks(Number.POSITIVE_INFINITY)).toThrow(ChartDataError);
    expect(() => niceTicks(10, 0)).toThrow(ChartDataError);
    expect(() => niceTicks(10, 2.5)).toThrow(ChartDataError);
  });
});

describe('linearScale', () => {
  it('maps zero to zero and the maximum to the full length', () => {
    const scale = linearScale(600, 66);
    expect(scale(0)).toBe(0);
    expect(scale(600)).toBe(66);
    expect(scale(300)).toBe(33);
  });

  it('refuses a maximum of zero', () => {
    expect(() => linearScale(0, 66)).toThrow(ChartDataError);
  });
});

describe('assertDrawable', () => {
  it('accepts complete, non-negative data', () => {
    expect(() => assertDrawable(reports)).not.toThrow();
  });

  it('refuses empty data', () => {
    expect(() => assertDrawable({ categories: [], series: [] })).toThrow(/no categories/);
    expect(() => assertDrawable({ categories: ['2017'], series: [] })).toThrow(/no series/);
  });

  it('names the series and category of a negative value', () => {
    const data = { categories: ['2017', '2018'], series: [{ name: 'DWO', values: [63, -63] }] };
    expect(() => assertDrawable(data)).toThrow('Series "DWO", "2018": -63 is negative');
  });

  it('refuses a value that is not a number', () => {
    const data = { categories: ['2017'], series: [{ name: 'DWO', values: ['63' as unknown as number] }] };
    expect(() => assertDrawable(data)).toThrow(/is not a number/);
    expect(() => assertDrawable({ categories: ['2017'], series: [{ name: 'x', values: [Number.NaN] }] })).toThrow(
      /is not a number/,
    );
  });

  it('refuses a series with a missing value', () => {
    const data = { categories: ['2017', '2018'], series: [{ name: 'DWO', values: [63] }] };
    expect(() => assertDrawable(data)).toThrow('has 1 values but there are 2 categories');
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Jonge moeders', 26)).toEqual(['Jonge moeders']);
  });

  it('breaks a long label at spaces, each line within the limit', () => {
    const lines = wrapLabel('Gewone plaatsen, ook voor gezinnen', 26);
    expect(lines).toEqual(['Gewone plaatsen, ook voor', 'gezinnen']);
    expect(lines.every((l) => l.length <= 26)).toBe(true);
  });

  it('keeps a word longer than the limit whole, on its own line', () => {
    expect(wrapLabel('de observatieplaatsen zijn', 10)).toEqual(['de', 'observatieplaatsen', 'zijn']);
  });

  it('collapses extra spaces and gives an empty label one empty line', () => {
    expect(wrapLabel('  Subregio   DWO ', 26)).toEqual(['Subregio DWO']);
    expect(wrapLabel('   ', 26)).toEqual(['']);
  });

  it('refuses a line length below 1', () => {
    expect(() => wrapLabel('a', 0)).toThrow(ChartDataError);
  });
});

describe('layoutBarChart', () => {
  it('makes room under a wrapped category label before its bars', () => {
    const data = {
      categories: ['Gewone plaatsen, ook voor gezinnen', 'Jonge moeders'],
      series: [{ name: 'Bedden', values: [44, 19] }],
    };
    const layout = layoutBarChart(data, { maxLabelChars: 26, lineHeight: 19 });
    const [first, second] = layout.categories;
    expect(first!.lines).toHaveLength(2);
    expect(second!.lines).toHaveLength(1);
    const lastLineBaseline = first!.y + first!.lineHeight;
    expect(layout.bars[0]!.y).toBeGreaterThanOrEqual(lastLineBaseline + 4);
    // A one-line label has the same gap to its bar as the last line of a two-line label.
    expect(layout.bars[1]!.y - second!.y).toBe(layout.bars[0]!.y - lastLineBaseline);
  });

  it('makes bar lengths proportional to the values, from the zero line', () => {
    const layout = layoutBarChart(reports, { start: 1, barArea: 66 });
    expect(layout.scale.max).toBe(10000);
    const bar8434 = layout.bars.find((b) => b.value === 8434)!;
    const bar5574 = layout.bars.find((b) => b.value === 5574)!;
    expect(bar8434.x).toBe(1);
    expect(bar8434.width).toBeCloseTo(66 * 0.8434, 6);
    expect(bar5574.width / bar8434.width).toBeCloseTo(5574 / 8434, 6);
  });

  it('draws one bar per series in every category, top to bottom without overlap', () => {
    const layout = layoutBarChart(reports);
    expect(layout.bars.map((b) => [b.category, b.series])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    for (let i = 1; i < layout.bars.length; i++) {
      const above = layout.bars[i - 1]!;
      expect(layout.bars[i]!.y).toBeGreaterThanOrEqual(above.y + above.height);
    }
    const label2 = layout.categories[1]!;
    expect(label2.y).toBeGreaterThan(layout.bars[1]!.y + layout.bars[1]!.height);
    expect(label2.y).toBeLessThan(layout.bars[2]!.y);
    expect(layout.height).toBeGreaterThan(layout.bars[3]!.y + layout.bars[3]!.height);
  });

  it('keeps every bar and its label start inside the chart width', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      for (const bar of layoutBarChart(reports, { dir }).bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(100);
        expect(bar.labelX).toBeGreaterThanOrEqual(0);
        expect(bar.labelX).toBeLessThanOrEqual(100);
      }
    }
  });

  it('places value labels after the end of the bar, on the reading side', () => {
    const ltr = layoutBarChart(reports, { dir: 'ltr' }).bars[0]!;
    expect(ltr.labelX).toBeCloseTo(ltr.x + ltr.width, 9);
    expect(ltr.labelAnchor).toBe('start');
    expect(ltr.labelDx).toBeGreaterThan(0);
    const rtl = layoutBarChart(reports, { dir: 'rtl' }).bars[0]!;
    expect(rtl.labelX).toBe(rtl.x);
    expect(rtl.labelAnchor).toBe('end');
    expect(rtl.labelDx).toBeLessThan(0);
  });

  it('mirrors the chart in right-to-left', () => {
    const ltr = layoutBarChart(reports, { dir: 'ltr' });
    const rtl = layoutBarChart(reports, { dir: 'rtl' });
    ltr.bars.forEach((bar, i) => {
      const mirrored = rtl.bars[i]!;
      expect(mirrored.width).toBe(bar.width);
      expect(mirrored.y).toBe(bar.y);
      expect(mirrored.x).toBeCloseTo(100 - bar.x - bar.width, 9);
    });
    expect(rtl.baseline.x).toBe(100 - ltr.baseline.x);
    expect(rtl.segments).toEqual(ltr.segments);
    expect(rtl.ticks.map((t) => t.x)).toEqual(ltr.ticks.map((t) => 100 - t.x));
    expect(rtl.categories[0]).toMatchObject({ x: 100, anchor: 'end' });
    expect(ltr.categories[0]).toMatchObject({ x: 0, anchor: 'start' });
  });

  it('draws the zero and grid lines only beside the bars, never through a category label', () => {
    const layout = layoutBarChart(reports);
    expect(layout.segments).toHaveLength(2);
    layout.segments.forEach((segment, c) => {
      const groupBars = layout.bars.filter((b) => b.category === c);
      expect(segment.top).toBeLessThanOrEqual(groupBars[0]!.y);
      expect(segment.bottom).toBeGreaterThanOrEqual(groupBars.at(-1)!.y + groupBars.at(-1)!.height);
      // The label's baseline sits above the segment, with room for descenders.
      expect(layout.categories[c]!.y + 4).toBeLessThanOrEqual(segment.top);
    });
    expect(layout.ticks[0]!.y).toBeGreaterThan(layout.segments.at(-1)!.bottom);
  });

  it('anchors the zero tick label inside the chart and centres the others on their line', () => {
    const layout = layoutBarChart(reports);
    expect(layout.ticks[0]).toMatchObject({ value: 0, x: 1, anchor: 'start' });
    expect(layout.ticks.slice(1).every((t) => t.anchor === 'middle')).toBe(true);
    expect(layout.ticks.at(-1)!.x).toBe(67);
  });

  it('uses few axis steps so that tick labels stay apart on a phone', () => {
    expect(layoutBarChart(reports).scale.ticks).toEqual([0, 5000, 10000]);
    expect(layoutBarChart(reports, { tickCount: 4 }).scale.ticks).toEqual([0, 2500, 5000, 7500, 10000]);
  });

  it('draws zero-length bars for all-zero data on a 0 to 1 axis', () => {
    const layout = layoutBarChart({ categories: ['2017'], series: [{ name: 'x', values: [0] }] });
    expect(layout.bars[0]!.width).toBe(0);
    expect(layout.scale.ticks).toEqual([0, 1]);
  });

  it('refuses empty data and negative values', () => {
    expect(() => layoutBarChart({ categories: [], series: [] })).toThrow(ChartDataError);
    expect(() => layoutBarChart({ categories: ['a'], series: [{ name: 's', values: [-1] }] })).toThrow(/negative/);
  });

  it('refuses a bar area that does not fit in the chart', () => {
    expect(() => layoutBarChart(reports, { start: 10, barArea: 95 })).toThrow(/within the chart width/);
    expect(() => layoutBarChart(reports, { barArea: 0 })).toThrow(ChartDataError);
  });
});

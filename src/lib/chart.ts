/**
 * Pure geometry for the horizontal bar charts on the figures page (FigureChart.astro).
 *
 * Horizontal positions are percentages of the chart's width and vertical positions are pixels.
 * The SVG has no viewBox: bars stretch with the screen while the text keeps its real size, so
 * labels stay readable at 320 px and do not grow huge on a desktop. Right-to-left charts are the
 * left-to-right chart mirrored (bars grow from the right edge).
 */

export type Direction = 'ltr' | 'rtl';

export interface ChartData {
  /** One group of bars per category (a year, a kind of shelter place, ...). */
  categories: readonly string[];
  /** One bar per series in every category; `values[i]` belongs to `categories[i]`. */
  series: readonly { name: string; values: readonly number[] }[];
}

export class ChartDataError extends Error {
  override name = 'ChartDataError';
}

/**
 * Throws a ChartDataError with a readable message when the data cannot be drawn as bars from
 * zero: no categories or series, a series of the wrong length, or a value that is negative,
 * not a number or infinite.
 */
export function assertDrawable(data: ChartData): void {
  if (data.categories.length === 0) throw new ChartDataError('The chart has no categories.');
  if (data.series.length === 0) throw new ChartDataError('The chart has no series.');
  for (const s of data.series) {
    if (s.values.length !== data.categories.length) {
      throw new ChartDataError(
        `Series "${s.name}" has ${s.values.length} values but there are ${data.categories.length} categories.`,
      );
    }
    s.values.forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new ChartDataError(`Series "${s.name}", "${data.categories[i]}": ${String(v)} is not a number.`);
      }
      if (v < 0) {
        throw new ChartDataError(`Series "${s.name}", "${data.categories[i]}": ${v} is negative; bars start at zero.`);
      }
    });
  }
}

/** Removes floating-point noise such as 0.30000000000000004. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) that is at least `rough`.
 * @example niceStep(2108) // 2500
 */
export function niceStep(rough: number): number {
  if (!Number.isFinite(rough) || rough <= 0) {
    throw new ChartDataError(`Cannot pick a step for ${rough}: it must be a positive number.`);
  }
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = [1, 2, 2.5, 5, 10].find((n) => fraction <= n + 1e-9) ?? 10;
  return tidy(nice * power);
}

/**
 * Splits a label into lines of at most `maxChars` characters at spaces, so that category labels
 * fit a 320 px screen (SVG text does not wrap by itself). A single longer word keeps its own line.
 * @example wrapLabel('Gewone plaatsen, ook voor gezinnen', 26) // ['Gewone plaatsen, ook voor', 'gezinnen']
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    throw new ChartDataError(`A label line must allow at least 1 character, not ${maxChars}.`);
  }
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

export interface AxisScale {
  /** The value at the end of the axis: the last tick, at least the largest value. */
  max: number;
  step: number;
  /** Tick values from 0 to `max`. */
  ticks: number[];
}

/**
 * Axis ticks from zero to a round number at or above `maxValue`, about `targetCount` steps.
 * All-zero data gets the axis 0 to 1 so that the chart still has a scale.
 * @example niceTicks(433) // { max: 600, step: 200, ticks: [0, 200, 400, 600] }
 */
export function niceTicks(maxValue: number, targetCount = 4): AxisScale {
  if (!Number.isFinite(maxValue) || maxValue < 0) {
    throw new ChartDataError(`Cannot draw an axis up to ${maxValue}: it must be zero or a positive number.`);
  }
  if (!Number.isInteger(targetCount) || targetCount < 1) {
    throw new ChartDataError(`The number of axis steps must be a whole number of at least 1, not ${targetCount}.`);
  }
  if (maxValue === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const step = niceStep(maxValue / targetCount);
  const steps = Math.ceil(tidy(maxValue / step));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => tidy(i * step));
  return { max: ticks[ticks.length - 1]!, step, ticks };
}

/** Maps a value in [0, domainMax] to a length in [0, rangeMax]. */
export function linearScale(domainMax: number, rangeMax: number): (value: number) => number {
  if (!Number.isFinite(domainMax) || domainMax <= 0) {
    throw new ChartDataError(`The scale needs a positive maximum, not ${domainMax}.`);
  }
  return (value) => tidy((value / domainMax) * rangeMax);
}

export interface LayoutOptions {
  dir?: Direction;
  /** Where the zero line sits, in percent from the start edge. */
  start?: number;
  /** How much of the width (percent) the longest possible bar takes; the rest holds its label. */
  barArea?: number;
  /** About how many steps the axis has; few, so that tick labels do not touch at 320 px. */
  tickCount?: number;
  /** Category labels wrap after this many characters (about 220 px of bold 15 px text). */
  maxLabelChars?: number;
  /** Pixel sizes: categoryHeight is the first label line, lineHeight each further line. */
  categoryHeight?: number;
  lineHeight?: number;
  barHeight?: number;
  barGap?: number;
  groupGap?: number;
  axisHeight?: number;
  top?: number;
}

const defaults: Required<LayoutOptions> = {
  dir: 'ltr',
  start: 1,
  barArea: 66,
  tickCount: 3,
  maxLabelChars: 26,
  categoryHeight: 26,
  lineHeight: 19,
  barHeight: 26,
  barGap: 6,
  groupGap: 18,
  axisHeight: 30,
  top: 4,
};

/** SVG text-anchor, always interpreted in a left-to-right SVG. */
export type Anchor = 'start' | 'middle' | 'end';

export interface BarBox {
  category: number;
  series: number;
  value: number;
  /** Left edge and width in percent of the chart width. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** Where the value label starts (percent), outside the bar's end, and its anchor. */
  labelX: number;
  labelAnchor: Anchor;
  /** Pixel offset to add to labelX so the label does not touch the bar. */
  labelDx: number;
  labelY: number;
}

export interface TextBox {
  x: number;
  y: number;
  anchor: Anchor;
}

export interface ChartLayout {
  dir: Direction;
  height: number;
  scale: AxisScale;
  /** `y` is the baseline of the first line; each next line is `lineHeight` lower. */
  categories: (TextBox & { category: number; lines: string[]; lineHeight: number })[];
  bars: BarBox[];
  /** Tick labels under the chart; their grid lines run through every segment. */
  ticks: (TextBox & { value: number })[];
  /** The zero line (percent). */
  baseline: { x: number };
  /**
   * The vertical stretches next to the bars, one per category: the zero line and the grid lines
   * are drawn only there, so they never cross a category label.
   */
  segments: { top: number; bottom: number }[];
}

/**
 * Positions every label, bar and tick of a horizontal bar chart. Each category gets a label line
 * and under it one bar per series; every bar carries its own value label after its end, so the
 * chart can be read without the colours. In right-to-left the whole picture is mirrored.
 */
export function layoutBarChart(data: ChartData, options: LayoutOptions = {}): ChartLayout {
  assertDrawable(data);
  const o = { ...defaults, ...options };
  if (o.start < 0 || o.barArea <= 0 || o.start + o.barArea > 100) {
    throw new ChartDataError('The bar area must lie within the chart width (0 to 100 percent).');
  }
  const largest = Math.max(...data.series.flatMap((s) => s.values));
  const scale = niceTicks(largest, o.tickCount);
  const length = linearScale(scale.max, o.barArea);
  const rtl = o.dir === 'rtl';
  /** Mirrors a left-to-right x (percent) for right-to-left. */
  const mirror = (x: number, width = 0) => (rtl ? tidy(100 - x - width) : x);

  const categories: ChartLayout['categories'] = [];
  const bars: BarBox[] = [];
  const segments: ChartLayout['segments'] = [];
  let y = o.top;
  data.categories.forEach((name, c) => {
    const lines = wrapLabel(name, o.maxLabelChars);
    categories.push({
      category: c,
      lines,
      lineHeight: o.lineHeight,
      x: mirror(0),
      y: y + o.categoryHeight - 8,
      anchor: rtl ? 'end' : 'start',
    });
    y += o.categoryHeight + (lines.length - 1) * o.lineHeight;
    const top = y - 2;
    data.series.forEach((s, si) => {
      const value = s.values[c]!;
      const width = length(value);
      const x = mirror(o.start, width);
      bars.push({
        category: c,
        series: si,
        value,
        x,
        width,
        y,
        height: o.barHeight,
        labelX: rtl ? x : tidy(x + width),
        labelAnchor: rtl ? 'end' : 'start',
        labelDx: rtl ? -6 : 6,
        labelY: y + o.barHeight / 2,
      });
      y += o.barHeight + (si < data.series.length - 1 ? o.barGap : 0);
    });
    segments.push({ top, bottom: y + 2 });
    y += o.groupGap;
  });

  const plotBottom = y - o.groupGap + 6;
  const ticks = scale.ticks.map((value, i) => {
    const x = mirror(tidy(o.start + length(value)));
    // The first label sits against the zero line, so it is anchored to stay inside the chart.
    const anchor: Anchor = i === 0 ? (rtl ? 'end' : 'start') : 'middle';
    return { value, x, y: plotBottom + o.axisHeight - 10, anchor };
  });

  return {
    dir: o.dir,
    height: plotBottom + o.axisHeight,
    scale,
    categories,
    bars,
    ticks,
    baseline: { x: mirror(o.start) },
    segments,
  };
}

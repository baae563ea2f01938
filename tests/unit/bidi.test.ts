import { describe, expect, it } from 'vitest';
import { ltrRuns, needsIsolating } from '../../src/lib/bidi';
import { parseHtml, serializeHtml } from '../../src/lib/post-build/html-doc';
import { hoistBodyStyles, isolateBidi, type PageContext } from '../../src/lib/post-build/steps';

const context: PageContext = { path: '/', readModule: () => undefined, searchWasm: () => 'unknown' };
/** The body of a page after one step. */
function after(step: { run: (d: ReturnType<typeof parseHtml>, c: PageContext) => void }, html: string): string {
  const doc = parseHtml(html);
  step.run(doc, context);
  return serializeHtml(doc);
}
const body = (html: string) => /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;

describe('ltrRuns', () => {
  it('marks a phone number inside Arabic text', () => {
    expect(ltrRuns('اتصل بـ 0800-2000.')).toEqual([
      { text: 'اتصل بـ ', ltr: false },
      { text: '0800-2000', ltr: true },
      { text: '.', ltr: false },
    ]);
  });
  it('keeps a Latin name with its brackets together, and leaves a lone number alone', () => {
    const runs = ltrRuns('مركز Centrum Seksueel Geweld (CSG) متاح على 112 و 2019-2022');
    expect(runs.filter((r) => r.ltr).map((r) => r.text)).toEqual(['Centrum Seksueel Geweld (CSG)', '2019-2022']);
  });
  it('does not take a closing bracket the run did not open', () => {
    expect(
      ltrRuns('(الرقم 0800-2000)')
        .filter((r) => r.ltr)
        .map((r) => r.text),
    ).toEqual(['0800-2000']);
  });
  it('gives plain Arabic text back as one run', () => {
    expect(ltrRuns('مرحبا')).toEqual([{ text: 'مرحبا', ltr: false }]);
  });
});

describe('needsIsolating', () => {
  it('isolates in right-to-left surroundings, or where the paragraph holds Arabic letters', () => {
    expect(needsIsolating(true, 'Call 0800-2000')).toBe(true);
    expect(needsIsolating(false, 'اتصل 0800-2000')).toBe(true);
    expect(needsIsolating(false, 'Call 0800-2000')).toBe(false);
  });
});

describe('the bidi isolation step', () => {
  it('isolates runs in right-to-left text, not in scripts, attributes or left-to-right English', () => {
    const html =
      '<html dir="rtl"><body><p title="0800-2000">اتصل <a href="tel:08002000">اتصل بالرقم 0800-2000</a></p>' +
      '<main dir="ltr"><p>Call 0800-2000</p></main><script>var a = "0800-2000";</script></body></html>';
    expect(body(after(isolateBidi, html))).toBe(
      '<p title="0800-2000">اتصل <a href="tel:08002000">اتصل بالرقم <bdi dir="ltr">0800-2000</bdi></a></p>' +
        '<main dir="ltr"><p>Call 0800-2000</p></main><script>var a = "0800-2000";</script>',
    );
  });
  it('isolates Arabic text with a number inside a left-to-right part of the page (a fallback page)', () => {
    const html =
      '<html dir="rtl"><body><main lang="en" dir="ltr"><p>Call us.</p>' +
      '<div class="card" lang="ar"><a href="tel:08002000">اتصل بـ <span>0800-2000</span></a></div></main></body></html>';
    expect(body(after(isolateBidi, html))).toContain('<span><bdi dir="ltr">0800-2000</bdi></span>');
    expect(body(after(isolateBidi, html))).toContain('<p>Call us.</p>');
  });
  it('isolates on a left-to-right page too when a paragraph is Arabic', () => {
    const html = '<html dir="ltr"><body><p>Bel 0800-2000</p><p lang="ar">اتصل 0800-2000</p></body></html>';
    expect(body(after(isolateBidi, html))).toBe('<p>Bel 0800-2000</p><p lang="ar">اتصل <bdi dir="ltr">0800-2000</bdi></p>');
  });
  it('keeps special characters intact and does not trip over ">" in an attribute', () => {
    const html = '<html dir="rtl"><body><p data-x="a > b">اتصل &amp; A&amp;B &lt;x&gt;</p></body></html>';
    expect(body(after(isolateBidi, html))).toBe(
      '<p data-x="a &gt; b">اتصل &amp; <bdi dir="ltr">A&amp;B</bdi> &lt;<bdi dir="ltr">x</bdi>&gt;</p>',
    );
  });
  it('leaves a left-to-right page without Arabic untouched', () => {
    const html = '<!DOCTYPE html><html dir="ltr"><head></head><body><p>Bel 0800-2000</p></body></html>';
    expect(after(isolateBidi, html)).toBe(html);
  });
});

describe('the styles step', () => {
  it('moves a style element from the body into the head, keeping the rest in place', () => {
    const html = '<html><head><style>a{}</style></head><body><p>x</p><style>b{}</style><p>y</p></body></html>';
    expect(after(hoistBodyStyles, html)).toBe(
      '<html><head><style>a{}</style><style>b{}</style></head><body><p>x</p><p>y</p></body></html>',
    );
  });
});

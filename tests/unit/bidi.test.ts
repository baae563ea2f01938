import { describe, expect, it } from 'vitest';
import { isolateLtrInHtml, ltrRuns } from '../../src/lib/bidi';

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
    expect(ltrRuns('(الرقم 0800-2000)').filter((r) => r.ltr).map((r) => r.text)).toEqual(['0800-2000']);
  });
  it('gives plain Arabic text back as one run', () => {
    expect(ltrRuns('مرحبا')).toEqual([{ text: 'مرحبا', ltr: false }]);
  });
});

describe('isolateLtrInHtml', () => {
  it('isolates runs in right-to-left text, not in left-to-right elements, scripts or attributes', () => {
    const html =
      '<html dir="rtl"><p title="0800-2000">اتصل <a href="tel:08002000">اتصل بالرقم 0800-2000</a></p>' +
      '<main dir="ltr"><p>Call 0800-2000</p></main><script>var a = "0800-2000";</script></html>';
    expect(isolateLtrInHtml(html)).toBe(
      '<html dir="rtl"><p title="0800-2000">اتصل <a href="tel:08002000">اتصل بالرقم <bdi dir="ltr">0800-2000</bdi></a></p>' +
        '<main dir="ltr"><p>Call 0800-2000</p></main><script>var a = "0800-2000";</script></html>',
    );
  });
  it('keeps escaped characters escaped', () => {
    expect(isolateLtrInHtml('<p dir="rtl">اتصل &amp; A&amp;B</p>')).toBe('<p dir="rtl">اتصل &amp; <bdi dir="ltr">A&amp;B</bdi></p>');
  });
  it('leaves a left-to-right page untouched', () => {
    const html = '<html dir="ltr"><p>Bel 0800-2000</p></html>';
    expect(isolateLtrInHtml(html)).toBe(html);
  });
});

import { hoistBodyStyles } from '../../src/lib/html-tidy';

describe('hoistBodyStyles', () => {
  it('moves a style element from the body into the head, keeping the rest in place', () => {
    const html = '<html><head><style>a{}</style></head><body><p>x</p><style>b{}</style><p>y</p></body></html>';
    expect(hoistBodyStyles(html)).toBe('<html><head><style>a{}</style><style>b{}</style></head><body><p>x</p><p>y</p></body></html>');
  });
  it('leaves a page without body styles as it is', () => {
    const html = '<html><head></head><body><p>x</p></body></html>';
    expect(hoistBodyStyles(html)).toBe(html);
  });
});

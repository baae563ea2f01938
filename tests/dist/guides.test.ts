/**
 * The tech-safety guide and the easy-read pages, in the built site: every step of the guide says
 * whether the other person may notice it (in words, with data-notice), in every language the guide
 * is written in; links out of the guide say where they go; each page with an easy-read version
 * links to it near its top, and the easy page links back.
 */
import { describe, expect, it } from 'vitest';
import { builtHtml, describePage } from '../support/dist';
import { counterpart } from '../../src/lib/easy-read';

const built = builtHtml().map(({ path, html }) => ({ ...describePage(path, html), html }));
const guide = built.filter((p) => p.id === 'tech-safety' || p.id.startsWith('tech-safety-'));

describe('the tech-safety guide', () => {
  it('is there in every language, written (not shown in another language)', () => {
    const locales = new Set(built.map((p) => p.locale));
    for (const locale of locales) expect.soft(guide.some((p) => p.locale === locale && p.id === 'tech-safety' && !p.fallback), locale).toBe(true);
  });

  it('has at least eight steps per language, each with one label in words: may notice, is not told, or not known', () => {
    const steps = new Map<string, number>();
    for (const p of guide.filter((g) => !g.fallback)) {
      for (const [step] of p.html.matchAll(/<section class="tech-step" data-tech-step[^>]*>[\s\S]*?<\/section>/g)) {
        const labels = [...step.matchAll(/<p class="notice notice--(\w+)" data-notice="(\w+)">([\s\S]*?)<\/p>/g)];
        expect.soft(labels.length, `${p.path}: ${step.slice(0, 120)}`).toBe(1);
        const [, kind, notice, words] = labels[0] ?? [];
        expect.soft(['yes', 'no', 'unknown'], p.path).toContain(notice);
        expect.soft(kind, p.path).toBe(notice);
        // The label is words, not only a colour or an icon.
        expect.soft(words!.replace(/<[^>]+>/g, '').trim().length, p.path).toBeGreaterThan(8);
        steps.set(p.locale, (steps.get(p.locale) ?? 0) + 1);
      }
    }
    for (const [locale, count] of steps) expect.soft(count, locale).toBeGreaterThanOrEqual(8);
    expect(steps.size).toBeGreaterThan(0);
  });

  it('says where every link out of the site goes (no silent app-store or vendor links)', () => {
    for (const p of guide) {
      // The page's own text (the quick exit, which leaves on purpose, is outside main).
      const main = p.html.slice(p.html.indexOf('<main'), p.html.indexOf('</main>'));
      for (const [, href, text] of main.matchAll(/<a [^>]*href="(https?:[^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
        const host = new URL(href!).hostname.replace(/^www\./, '');
        const base = host.split('.').slice(-2).join('.');
        expect.soft(text!.replace(/<[^>]+>/g, ''), `${p.path}: ${href}`).toContain(base.split('.')[0]);
        expect.soft(href, p.path).not.toMatch(/apps\.apple\.com|play\.google\.com|itunes\.apple\.com/);
      }
    }
  });
});

describe('easy-read pages', () => {
  const easy = built.filter((p) => counterpart(p.id).easy);

  it('exist, and each links back to the page it makes easier near its top', () => {
    expect(easy.length).toBeGreaterThan(0);
    for (const p of easy) {
      const tools = /<div class="page-tools"[\s\S]*?<\/a>/.exec(p.html)?.[0] ?? '';
      const full = built.find((x) => x.locale === p.locale && x.id === counterpart(p.id).id);
      expect.soft(tools, p.path).toContain('data-easy-link="full"');
      if (full) expect.soft(tools, p.path).toContain(`href="${full.path}"`);
    }
  });

  it('each page that has an easy-read version links to it near its top, in every language', () => {
    for (const p of easy) {
      for (const page of built.filter((x) => x.id === counterpart(p.id).id)) {
        const top = page.html.slice(page.html.indexOf('<main'), page.html.indexOf('<main') + 4000);
        expect.soft(top, page.path).toContain('data-easy-link="easy"');
      }
    }
  });

  it('name where their pictures come from, and every picture is hidden from screen readers or has a text', () => {
    for (const p of easy.filter((x) => !x.fallback)) {
      expect.soft(p.html, p.path).toMatch(/Tabler Icons \(MIT/);
      for (const [picture] of p.html.matchAll(/<span class="easy-step__picture"[^>]*>/g)) {
        expect.soft(picture, p.path).toMatch(/aria-hidden="true"|role="img" aria-label="[^"]+"/);
      }
    }
  });
});

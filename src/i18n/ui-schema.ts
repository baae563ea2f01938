/**
 * Every UI string the site uses, with a note for translators. Each key must exist, non-empty, in
 * every `content/ui/<locale>.json`; a missing or unknown key fails the build.
 * `{name}` placeholders must appear in every translation.
 *
 * Keys are grouped by prefix (site, exit, nav, footer, page, contact, finder, check, search, ...).
 * Keep each group together so that changes to different groups never touch the same lines.
 */
export const uiKeys = {
  'site.name': 'Name of the site, in the header and in page titles.',
  'site.tagline': 'One short line under the site name: what the site is for.',
  'skip.toContent': 'Skip link at the top of every page, jumps to the main content.',

  'danger.text': 'Danger-now line on every page, before the 112 link. E.g. "In direct gevaar?"',
  'danger.call': 'The 112 link text in the danger-now line. E.g. "Bel 112".',

  'exit.label': 'Visible label of the quick-exit button. Short: one or two words ("Snel weg").',
  'exit.context': 'Visually hidden text after the quick-exit label, read by screen readers.',
  'exit.skipLink': 'Hidden skip link at the very top that leaves the site at once.',
  'exit.howSafe': 'Link next to the quick exit to the online-safety page ("Hoe veilig is dit?").',
  'exit.loading': 'Text on the blank overlay shown while leaving ("Laden.").',
  'exit.hint': 'Short hint that pressing Shift three times also leaves the site.',
  'exit.pressTwo': 'Announced after the first Shift press: press 2 more times to leave.',
  'exit.pressOne': 'Announced after the second Shift press: press 1 more time to leave.',
  'exit.expired': 'Announced when the Shift presses were too slow and the count stopped.',

  'nav.label': 'Accessible name of the main menu.',
  'nav.menu': 'Button or summary that opens the menu on small screens.',
  'nav.home': 'Menu link to the start page.',
  'nav.getHelp': 'Menu link to the page with urgent help and national lines ("Hulp").',
  'nav.helpFinder': 'Menu link to the help finder ("Hulp in je gemeente").',
  'nav.checks': 'Menu link to the self-check ("Check").',
  'language.label': 'Accessible name of the language switcher ("Taal").',
  'language.current': 'Visually hidden suffix for the current language in the switcher.',

  'footer.label': 'Accessible name of the footer navigation.',
  'footer.about': 'Footer heading or text about who made the site.',

  'page.fallbackNotice':
    'Notice on a page that is not translated yet. {language} is the name of the language the text is shown in.',
  'page.next': 'Heading above the "what can you do now" links at the end of a page.',
  'page.reviewed': 'Line at the end of a page. {date} is the date the page was checked.',
  'page.sources': 'Heading of the list of sources at the end of a page.',
  'page.summary': 'Heading of the summary box at the top of a page ("In het kort").',
  'page.notFoundTitle': 'Title of the page-not-found page.',
  'page.notFoundText': 'Text on the page-not-found page, before the links.',

  'callout.danger': 'Visually hidden label of a danger box ("Let op").',
  'callout.tip': 'Visually hidden label of a tip box ("Tip").',

  'contact.call': 'Link text to call a number. {number} is the phone number.',
  'contact.verified': 'Line on a contact card. {date} is the date the contact was checked.',

  'finder.title': 'Help finder: heading of the search box.',
  'finder.label': 'Help finder: label of the text field ("Woonplaats, wijk of postcode").',

  'check.start': 'Self-check: button that starts the questions.',
  'check.next': 'Self-check: button that goes to the next question.',

  'figures.table': 'Figures: caption prefix of the data table under a chart ("Tabel").',
  'figures.source': 'Figures: label before the source of a chart ("Bron").',
  'figures.years':
    'Figures: line under a chart title with the year or years of the numbers. {years} is a list like "2017 en 2018".',

  'search.label': 'Search: label of the search field.',
  'search.button': 'Search: the search button, and the header link to the search page.',
  'search.hint': 'Search: hint under the search field with two or three example words.',
  'search.noScript': 'Search: shown when JavaScript is off. A link to the page listing all pages follows it.',
  'search.unavailable': 'Search: shown when no page is written in this language yet. A link to all pages follows it.',
  'search.loading': 'Search: announced while the search runs ("Bezig met zoeken").',
  'search.none': 'Search: announced when nothing was found. {query} is what the reader typed.',
  'search.one': 'Search: announced when one page was found. {query} is what the reader typed.',
  'search.many': 'Search: announced when several pages were found. {count} is the number, {query} what the reader typed.',
  'search.noResultsHelp': 'Search: under "nothing found": try another word, or get help here (links follow).',
  'search.error': 'Search: shown when the search could not load. A link to all pages follows it.',
  'search.results': 'Search: accessible name of the list of results.',
  'search.more': 'Search: button under the results that shows the next results.',
  'search.kind.help': 'Search and all-pages list: kind of page that helps you act (help, contacts, safety).',
  'search.kind.information': 'Search and all-pages list: kind of page with information (what it is, signs).',
  'search.kind.professionals': 'Search and all-pages list: kind of page for professionals, schools and volunteers.',
  'search.kind.site': 'Search and all-pages list: kind of page about this website (privacy, accessibility).',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof uiKeys;
export const uiKeyList = Object.keys(uiKeys) as UiKey[];

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
  'contact.alsoCall': 'Contact card: second number of the same line. {number} is the phone number.',
  'contact.chat': 'Contact card: link text to an online chat. {site} is the web address, e.g. "113.nl".',
  'contact.website': 'Contact card: link text to the website. {site} is the web address, e.g. "veiligthuis.nl".',
  'contact.hoursLabel': 'Contact card: label before the opening hours ("Bereikbaar").',
  'contact.chatHoursLabel': 'Contact card: label before the opening hours of the chat ("Chat").',
  'contact.costLabel': 'Contact card: label before what a call costs ("Kosten").',
  'contact.free': 'Contact card: the call is free ("Gratis").',
  'contact.notFree': 'Contact card: the call costs money, when the exact cost is not known ("Niet gratis").',
  'contact.anonymous': 'Contact card: you do not have to give your name.',
  'contact.whatHappens': 'Contact card: label before what happens when you call.',
  'contact.hoursConflict': 'Contact card: the sources disagree about the opening hours; check the website.',
  'contact.sourceLabel': 'Contact card: label before the source of a number that is not fully checked ("Bron").',
  'contact.sourceDate': 'Contact card: the date of that source, in brackets. {date} is a year or a date.',

  'finder.title': 'Help finder: heading of the search box.',
  'finder.label': 'Help finder: label of the text field ("Woonplaats, wijk of postcode").',
  'finder.intro': 'Help finder: one line above the field: what it does.',
  'finder.hint': 'Help finder: hint under the field, with examples, and that what you type is not kept.',
  'finder.submit': 'Help finder: the search button.',
  'finder.suggestions': 'Help finder: accessible name of the list of suggestions.',
  'finder.suggestionsCount': 'Help finder: read out when suggestions appear. {count} is how many.',
  'finder.placeIn': 'Help finder: one suggestion. {place} is a village or district, {municipality} its municipality.',
  'finder.resultTitle': 'Help finder: heading of the result. {name} is the municipality.',
  'finder.resultMatched': 'Help finder: first line of the result. {matched} is what was found (place or postcode), {name} the municipality.',
  'finder.resultMore': 'Help finder: link to the page with all help in the municipality. {name} is the municipality.',
  'finder.outsideTitle': 'Help finder: heading of the result for a place outside the region.',
  'finder.outsideMatched': 'Help finder: {matched} (a place or postcode) is not in one of the nine municipalities.',
  'finder.outsideHelp': 'Help finder: Veilig Thuis connects you to the right region anywhere in the Netherlands.',
  'finder.errorEmpty': 'Help finder error: nothing was typed.',
  'finder.errorUnusable': 'Help finder error: only symbols or code were typed.',
  'finder.errorDigits': 'Help finder error: digits that are not a postcode of 4 digits.',
  'finder.errorTooLong': 'Help finder error: the text is too long.',
  'finder.errorNotFound': 'Help finder error: a place name we do not know.',
  'finder.staticTitle': 'Help finder: heading of the list of the nine municipalities.',
  'finder.nationalTitle': 'Help finder: heading of the national help lines.',
  'finder.contactsTitle': 'Municipality page: heading above the contacts ("Wie kun je bellen?").',
  'finder.localTitle': 'Municipality page: heading of the local help section. {name} is the municipality.',
  'finder.teamPhoneUnknown': 'Municipality page: after a local team: its phone number is not known.',
  'finder.noLocalNumber': 'Municipality page: no checked local number; Veilig Thuis helps in all nine municipalities.',
  'finder.website': 'Municipality page: link to the municipality website. {name} is the municipality.',
  'finder.helpPage': "Municipality page: link to the municipality's own page about domestic violence.",
  'finder.noWebsite': 'Municipality page: the municipality website address is not known yet.',

  'check.start': 'Self-check: button that starts the questions.',
  'check.next': 'Self-check: button that goes to the next question.',
  'check.back': 'Self-check: button that goes back to the previous question.',
  'check.submit': 'Self-check: button after the last question that shows the outcome ("Bekijk de uitkomst").',
  'check.progress': 'Self-check: progress above each question. {current} is the question number, {total} the number of questions.',
  'check.clear': 'Self-check: button that erases all answers and starts again ("Wis mijn antwoorden").',
  'check.cleared': 'Self-check: announced to screen readers after the answers were erased.',
  'check.privacy': 'Self-check: note before the questions: do this where nobody can watch you.',
  'check.privacyLink': 'Self-check: link text after the privacy note, to the page about staying safe online.',
  'check.privacyMemory': 'Self-check: what happens with the answers: kept only on this page, never stored or sent, gone when the page closes.',
  'check.staticIntro': 'Self-check without JavaScript: how to use the list of questions and the outcomes below it.',
  'check.questionsHeading': 'Self-check without JavaScript: heading above the list of questions ("De vragen").',
  'check.outcomesHeading': 'Self-check without JavaScript: heading above all outcomes ("Wat betekenen je antwoorden?").',
  'check.dangerSign': 'Self-check without JavaScript: label next to a question that is a sign of immediate danger.',
  'check.doNow': 'Self-check outcome: heading above the steps ("Wat kun je nu doen?").',
  'check.talk': 'Self-check outcome for bystanders: heading above tips for a conversation with the person.',
  'check.avoid': 'Self-check outcome: heading above what not to do.',
  'check.contacts': 'Self-check outcome: heading above the contact cards ("Hier kun je terecht").',
  'check.readMore': 'Self-check outcome: heading above links to pages to read next.',
  'check.call112': 'Self-check danger outcome: the big link that calls 112 ("Bel 112").',
  'check.unanswered': 'Self-check outcome: note when questions were skipped. {count} skipped, {total} questions.',
  'check.noneAnswered': 'Self-check outcome: note when no question was answered, so the outcome says little.',
  'check.edit': 'Self-check outcome: button back to the last question, to change answers.',

  'figures.table': 'Figures: caption prefix of the data table under a chart ("Tabel").',
  'figures.source': 'Figures: label before the source of a chart ("Bron").',
  'figures.years':
    'Figures: line under a chart title with the year or years of the numbers. {years} is a list like "2017 en 2018".',

  'search.label': 'Search: label of the search field.',
  'search.button': 'Search: the search button, and the header link to the search page.',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof uiKeys;
export const uiKeyList = Object.keys(uiKeys) as UiKey[];

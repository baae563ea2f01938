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
  'share.title':
    'Title in the preview when someone shares a link (Open Graph), the same for every page: neutral, never about violence, so a preview on a shared phone gives nothing away.',
  'share.description': 'Description in that link preview: neutral, the same for every page.',
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
  'nav.menu': 'Label of the folded main menu in the header (a disclosure that opens the menu links). One short word ("Menu").',
  'language.label': 'Accessible name of the language switcher ("Taal").',
  'language.current': 'Visually hidden suffix for the current language in the switcher.',
  'language.choose':
    'Visually hidden text after the current language name on the folded language list in the header ("kies een taal").',

  'footer.label': 'Accessible name of the footer navigation.',
  'footer.about':
    'Footer text about who made the site. Plural by {count}, the number of municipalities: { "one": "...", "other": "..." }.',
  'footer.publisher': 'Footer line, only when the publisher is set in content/settings.json. {name} is the publisher.',
  'owner.publisher': 'About and privacy pages, when the publisher is set: who publishes the site. {name} is the publisher.',
  'owner.publisherUnset':
    'About and privacy pages while no publisher is set: say neutrally that this is not settled yet. Never name the municipalities as owners.',
  'owner.controller':
    'Privacy page, when the privacy controller is set: who is responsible under the privacy law (AVG/GDPR). {name} is the controller.',
  'owner.controllerUnset': 'Privacy page while no controller is set: neutrally, that this is not settled yet.',

  'page.fallbackNotice':
    'Notice on a page that is not translated yet. {language} is the name of the language the text is shown in.',
  'page.machineNotice':
    'One calm line on a page translated with help of a computer and not yet reviewed by a translator, with how to report a mistake.',
  'page.outdatedNotice':
    'On a translated page whose Dutch text changed after it was translated. A link to the Dutch page follows.',
  'page.outdatedLink': 'The link text to the Dutch page after the outdated notice.',
  'page.next': 'Heading above the "what can you do now" links at the end of a page.',
  'page.updated':
    'Line at the end of a page. {date} is the date the text was last changed (not a check of the facts: never say "checked").',
  'page.sources': 'Heading of the list of sources at the end of a page.',
  'page.summary': 'Heading of the summary box at the top of a page ("In het kort").',
  'page.notFoundTitle': 'Title of the page-not-found page.',
  'page.notFoundText': 'Text on the page-not-found page, before the links.',

  'callout.danger': 'Visually hidden label of a danger box ("Let op").',
  'callout.tip': 'Visually hidden label of a tip box ("Tip").',
  'notice.yes': 'Tech-safety guide: label on a step that the other person may notice. Words, not only colour.',
  'notice.no': 'Tech-safety guide: label on a step of which the other person gets no message (they are not told).',
  'notice.unknown': 'Tech-safety guide: label on a step where no source says whether the other person notices.',
  'readAloud.label': 'Accessible name of the read-aloud controls ("Voorlezen").',
  'readAloud.start': 'Button that starts reading the page aloud with the device’s own voice ("Lees voor").',
  'readAloud.warning': 'Shown before the first reading on a page: others in the room may hear it; headphones.',
  'readAloud.confirm': 'Button after that warning that starts reading ("Begin met voorlezen").',
  'readAloud.cancel': 'Button after that warning that closes it without reading.',
  'readAloud.pause': 'Button that pauses the reading.',
  'readAloud.resume': 'Button that continues a paused reading.',
  'readAloud.stop': 'Button that stops the reading.',
  'readAloud.noVoice':
    'Shown when this device has no voice for the language of the text. {language} is the language name in the reader’s language.',
  'readAloud.failed': 'Shown when the device stopped reading because of an error.',
  'readAloud.done': 'Announced when the whole page has been read.',
  'easy.link': 'Link near the top of a page to its easy-read version ("Makkelijk lezen").',
  'easy.back': 'Link near the top of an easy-read page back to the full page.',
  'easy.pictures': 'Easy-read page end: where the pictures come from. {set} is the picture set, {licence} its licence.',

  'contact.call': 'Link text to call a number. {number} is the phone number.',
  'contact.source':
    'Contact card: where the facts come from. {source} is the site (a link), {date} the date on that source or the word for undated, {taken} the month the fact was taken into this site.',
  'contact.undated': 'Contact card: the source shows no date ("zonder datum").',
  'contact.checked':
    "Contact card, only when an editor compared the contact with the organisation's own website: {date} is that day, {site} the page (a link).",
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
  'hours.always': 'Opening hours: open day and night, every day ("24 uur per dag, 7 dagen per week").',
  'hours.daily': 'Opening hours: the days part for every day ("elke dag").',
  'hours.weekdays': 'Opening hours: the days part for Monday to Friday ("maandag tot en met vrijdag").',
  'hours.range': 'Opening hours: {days} (one of the two above), {from} and {to} (times, formatted for the language).',
  'hours.usually': 'Opening hours that are not always kept: "Meestal {hours}".',
  'hours.midnight': 'Opening hours: the word for midnight, used as the end time.',
  'contact.chatAnonymous': 'Contact card: the chat is anonymous.',
  'contact.caveat': 'Contact card: label before the note on a number from one old or unofficial source ("Let op").',

  'finder.title': 'Help finder: heading of the search box.',
  'finder.label': 'Help finder: label of the text field ("Woonplaats, wijk of postcode").',
  'finder.intro': 'Help finder: one line above the field: what it does.',
  'finder.hint': 'Help finder: hint under the field, with examples, and that what you type is not kept.',
  'finder.submit': 'Help finder: the search button.',
  'finder.suggestions': 'Help finder: accessible name of the list of suggestions.',
  'finder.suggestionsCount': 'Help finder: read out when suggestions appear. Plural by {count}, how many.',
  'finder.placeIn': 'Help finder: one suggestion. {place} is a village or district, {municipality} its municipality.',
  'finder.resultTitle': 'Help finder: heading of the result. {name} is the municipality.',
  'finder.resultMatched':
    'Help finder: first line of the result. {matched} is what was found (place or postcode), {name} the municipality.',
  'finder.resultMore': 'Help finder: link to the page with all help in the municipality. {name} is the municipality.',
  'finder.outsideTitle': 'Help finder: heading of the result for a place outside the region.',
  'finder.outsideMatched':
    'Help finder: {matched} (a place or postcode) is not in one of the municipalities of the region. Plural by {count}, the number of municipalities.',
  'finder.outsideHelp': 'Help finder: Veilig Thuis connects you to the right region anywhere in the Netherlands.',
  'finder.errorEmpty': 'Help finder error: nothing was typed.',
  'finder.errorUnusable': 'Help finder error: only symbols or code were typed.',
  'finder.errorDigits': 'Help finder error: digits that are not a postcode of 4 digits.',
  'finder.errorTooLong': 'Help finder error: the text is too long.',
  'finder.errorNotFound': 'Help finder error: a place name we do not know.',
  'finder.ambiguous':
    'Help finder: {place} is used in more than one municipality ({municipalities}, a list); ask for the postcode, links to each follow.',
  'finder.staticTitle': 'Help finder: heading of the list of the municipalities.',
  'finder.placesIntro':
    'Help finder without JavaScript: line above the lists of places, districts and villages per municipality: find yours (e.g. with find in page).',
  'finder.placeKind.naam': 'Help finder list: label before other names of the municipality.',
  'finder.placeKind.stadsdeel': 'Help finder list: label before the districts (stadsdelen).',
  'finder.placeKind.wijk': 'Help finder list: label before the neighbourhoods (wijken).',
  'finder.placeKind.buurt': 'Help finder list: label before the smaller neighbourhoods (buurten).',
  'finder.placeKind.kern': 'Help finder list: label before the towns and villages (kernen).',
  'finder.placeKind.buurtschap': 'Help finder list: label before the hamlets (buurtschappen).',
  'finder.nationalTitle': 'Help finder: heading of the national help lines.',
  'finder.contactsTitle': 'Municipality page: heading above the contacts ("Wie kun je bellen?").',
  'finder.localTitle': 'Municipality page: heading of the local help section. {name} is the municipality.',
  'finder.teamPhoneUnknown': 'Municipality page: after a local team: its phone number is not known.',
  'finder.noLocalNumber':
    'Municipality page: no local number was found; Veilig Thuis helps in every municipality of the region. Plural by {count}, the number of municipalities.',
  'finder.website': 'Municipality page: link to the municipality website. {name} is the municipality.',
  'finder.helpPage': "Municipality page: link to the municipality's own page about domestic violence.",
  'finder.noWebsite': 'Municipality page: the municipality website address is not on this site yet.',

  'municipality.title': 'Title of a municipality page. {name} is the municipality ("Hulp in {name}").',
  'municipality.description': 'Description of a municipality page (search results, link previews). {name} is the municipality.',
  'municipality.descriptionLocal':
    'Description of a municipality page that also lists help of the municipality itself. {name} is the municipality.',
  'municipality.summary':
    'Summary box of a municipality page: danger → 112, advice → Veilig Thuis (free, day and night), call also when in doubt.',
  'municipality.whoHeading': 'Municipality page: heading above the short guide to who helps. {name} is the municipality.',
  'municipality.who.emergency-112': 'Municipality page guide line for 112, as "question|answer" ("In direct gevaar?|Bel 112.").',
  'municipality.who.veilig-thuis':
    'Guide line for Veilig Thuis, as "question|answer". Plural by {count}, the number of municipalities it serves.',
  'municipality.who.local': 'Guide line for the municipality\'s own help when it has a team or number, as "question|answer".',
  'municipality.who.localNone':
    'Guide line when no own number of the municipality was found, as "question|answer": Veilig Thuis helps further.',
  'municipality.who.police': 'Guide line for the police, as "question|answer" ("Aangifte doen?|Bel de politie.").',
  'municipality.who.centrum-seksueel-geweld': 'Guide line for the Centrum Seksueel Geweld, as "question|answer".',
  'municipality.who.kindertelefoon': 'Guide line for De Kindertelefoon, as "question|answer".',
  'municipality.places': 'Municipality page: the places that belong to it. {name} is the municipality, {places} a list of names.',

  'check.start': 'Self-check: button that starts the questions.',
  'check.next': 'Self-check: button that goes to the next question.',
  'check.back': 'Self-check: button that goes back to the previous question.',
  'check.submit': 'Self-check: button after the last question that shows the outcome ("Bekijk de uitkomst").',
  'check.progress':
    'Self-check: progress above each question. {current} is the question number, {total} the number of questions.',
  'check.clear': 'Self-check: button that erases all answers and starts again ("Wis mijn antwoorden").',
  'check.cleared': 'Self-check: announced to screen readers after the answers were erased.',
  'check.privacy': 'Self-check: note before the questions: do this where nobody can watch you.',
  'check.privacyLink': 'Self-check: link text after the privacy note, to the page about staying safe online.',
  'check.privacyMemory':
    'Self-check: what happens with the answers: kept only on this page, never stored or sent, gone when the page closes.',
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
  'check.unanswered':
    'Self-check outcome: note when questions were skipped. Plural by {count}, the number skipped; {total} questions.',
  'check.dangerNow':
    'Self-check: shown at once when a danger question is answered yes, before the contact links ("Ben je nu in gevaar?").',
  'check.noneAnswered': 'Self-check outcome: note when no question was answered, so the outcome says little.',
  'check.edit': 'Self-check outcome: button back to the last question, to change answers.',

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
  'search.many': 'Search: announced when several pages were found. Plural by {count}, the number; {query} what the reader typed.',
  'search.noResultsHelp': 'Search: under "nothing found": try another word, or get help here (links follow).',
  'search.tryOther': 'Search, nothing found: some pages exist only in another language; links to search there follow.',
  'search.otherLanguage':
    "Search, nothing found: link text to the search page of another language. {language} is its name in the reader's language.",
  'search.error': 'Search: shown when the search could not load. A link to all pages follows it.',
  'search.results': 'Search: accessible name of the list of results.',
  'search.more': 'Search: button under the results that shows the next results.',
  'search.kind.help': 'Search and all-pages list: kind of page that helps you act (help, contacts, safety).',
  'search.kind.information': 'Search and all-pages list: kind of page with information (what it is, signs).',
  'search.kind.professionals': 'Search and all-pages list: kind of page for professionals, schools and volunteers.',
  'search.kind.site': 'Search and all-pages list: kind of page about this website (privacy, accessibility).',

  'poster.title': 'Title of a municipality poster page. {name} is the municipality.',
  'poster.description': 'Description of a poster page. {name} is the municipality.',
  'poster.intro': 'Poster page, on screen only: print it on A4, where to hang it.',
  'poster.heading': 'The big heading on the printed poster. Calm, not alarming.',
  'poster.lead': 'The line under the poster heading: calling is always allowed, also when in doubt or worried about someone.',
  'poster.danger': 'Poster: label before 112 ("In direct gevaar? Bel").',
  'poster.advice': 'Poster: label before the Veilig Thuis number.',
  'poster.more': 'Poster: line before the QR code and address of the municipality help page. {name} is the municipality.',
  'card.title': 'Title of a wallet-card page. {name} is the municipality.',
  'card.description': 'Description of a wallet-card page: bank-card size, nothing about violence on the outside.',
  'card.intro':
    'Wallet-card page, on screen only: print, cut out, fold on the dotted line with the text outside; the card says nothing about violence.',
  'card.outside': 'The outside of the wallet card: neutral, says nothing about violence ("Handige nummers").',
  'card.danger': 'Wallet card inside: after 112 ("Direct gevaar").',
  'card.advice':
    'Wallet card: after the Veilig Thuis number: advice and help, free, day and night. Never the word violence: someone may see the card.',
  'print.address': 'Printed lesson pages: label before the QR code and the address of the page.',
  'print.placeholder':
    'Printables when the site was built without its real address: the QR codes lead nowhere; {site} is the placeholder address.',
  'municipality.printables':
    'Municipality page: line before the links to its poster and wallet card. {name} is the municipality.',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof uiKeys;

/**
 * Keys whose text depends on a number: each is written per plural category of the language
 * ({ "one": "…", "other": "…" }; Polish and Ukrainian also "few" and "many", Arabic six forms),
 * as `Intl.PluralRules` names them. The content check lists the forms a language needs.
 */
export const pluralKeys: ReadonlySet<string> = new Set<UiKey>([
  'footer.about',
  'finder.suggestionsCount',
  'finder.outsideMatched',
  'finder.noLocalNumber',
  'municipality.who.veilig-thuis',
  'check.unanswered',
  'search.many',
]);
export const uiKeyList = Object.keys(uiKeys) as UiKey[];

/**
 * Example inputs for the help finder and the outcome each must give. The unit tests
 * (tests/unit/lookup.test.ts) and the browser tests (tests/e2e/help-finder.spec.ts) both use
 * this list, so the examples and the behaviour cannot drift apart.
 * `expect` is a municipality slug, "outside", or "invalid".
 */
export interface FinderExample {
  input: string;
  expect: string;
  why: string;
}

/** At least three places and one postcode per municipality. */
export const municipalityExamples: FinderExample[] = [
  { input: 'Den Haag', expect: 'den-haag', why: 'the municipality name' },
  { input: "'s-Gravenhage", expect: 'den-haag', why: 'the official name' },
  { input: 'Scheveningen', expect: 'den-haag', why: 'a district' },
  { input: 'ypenburg', expect: 'den-haag', why: 'a district in lower case' },
  { input: 'Loosduinen', expect: 'den-haag', why: 'a district' },
  { input: '2511', expect: 'den-haag', why: 'a postcode' },
  { input: 'Delft', expect: 'delft', why: 'the municipality name' },
  { input: 'DELFT ', expect: 'delft', why: 'capitals and a trailing space' },
  { input: 'Dleft', expect: 'delft', why: 'one swapped letter' },
  { input: '2611AB', expect: 'delft', why: 'a postcode with letters' },
  { input: '2628 cd', expect: 'delft', why: 'a postcode with a space and small letters' },
  { input: 'Voorburg', expect: 'leidschendam-voorburg', why: 'a place' },
  { input: 'Leidschendam', expect: 'leidschendam-voorburg', why: 'a place' },
  { input: 'Stompwijk', expect: 'leidschendam-voorburg', why: 'a village' },
  { input: '2271', expect: 'leidschendam-voorburg', why: 'a postcode' },
  { input: 'Maasland', expect: 'midden-delfland', why: 'a village' },
  { input: 'Schipluiden', expect: 'midden-delfland', why: 'a village' },
  { input: 'den hoorn', expect: 'midden-delfland', why: 'a village in lower case' },
  { input: 't Woudt', expect: 'midden-delfland', why: 'a village without its apostrophe' },
  { input: '3155', expect: 'midden-delfland', why: 'a postcode' },
  { input: 'Nootdorp', expect: 'pijnacker-nootdorp', why: 'a village' },
  { input: 'Delfgauw', expect: 'pijnacker-nootdorp', why: 'a village' },
  { input: 'Pijnaker', expect: 'pijnacker-nootdorp', why: 'a missing letter' },
  { input: '2641 EZ', expect: 'pijnacker-nootdorp', why: 'a postcode' },
  { input: 'Rijswijk', expect: 'rijswijk', why: 'the municipality name' },
  { input: "'t Haantje", expect: 'rijswijk', why: 'a neighbourhood' },
  { input: 'Sion', expect: 'rijswijk', why: 'a neighbourhood' },
  { input: '2284', expect: 'rijswijk', why: 'a postcode' },
  { input: 'Naaldwijk', expect: 'westland', why: 'a village' },
  { input: 's gravenzande', expect: 'westland', why: 'no apostrophe and no hyphen' },
  { input: 'Monster', expect: 'westland', why: 'a village' },
  { input: 'De Lier', expect: 'westland', why: 'a village' },
  { input: 'ter heijde', expect: 'westland', why: 'a village in lower case' },
  { input: '2671', expect: 'westland', why: 'a postcode' },
  { input: 'Wassenaar', expect: 'wassenaar', why: 'the municipality name' },
  { input: 'Maaldrift', expect: 'wassenaar', why: 'a hamlet' },
  { input: 'De Kieviet', expect: 'wassenaar', why: 'a neighbourhood' },
  { input: '2242', expect: 'wassenaar', why: 'a postcode' },
  { input: 'Tanthof', expect: 'delft', why: 'a Delft district' },
  { input: 'voorhof', expect: 'delft', why: 'a Delft district in lower case' },
  { input: 'Poptahof', expect: 'delft', why: 'a Delft neighbourhood' },
  { input: 'Schilderswijk', expect: 'den-haag', why: 'a Den Haag neighbourhood' },
  { input: 'Transvaal', expect: 'den-haag', why: 'the short name people use for the Transvaalkwartier' },
  { input: 'Mariahoeve', expect: 'den-haag', why: 'a Den Haag neighbourhood' },
  { input: 'Essesteijn', expect: 'leidschendam-voorburg', why: 'a Voorburg neighbourhood' },
  { input: 'Emerald Zuid', expect: 'pijnacker-nootdorp', why: 'a Delfgauw neighbourhood' },
  { input: 'Te Werve', expect: 'rijswijk', why: 'a Rijswijk neighbourhood' },
  { input: 'Waelpolder', expect: 'westland', why: 'a new Westland neighbourhood' },
  { input: 'Zoetermeer', expect: 'zoetermeer', why: 'the municipality name' },
  { input: 'Rokkeveen', expect: 'zoetermeer', why: 'a district' },
  { input: 'Seghwaert', expect: 'zoetermeer', why: 'a district' },
  { input: 'Oosterheem', expect: 'zoetermeer', why: 'a district' },
  { input: '2711', expect: 'zoetermeer', why: 'a postcode' },
];

/** Names used in more than one municipality: the finder asks for the postcode and offers both. */
export const ambiguousExamples: FinderExample[] = [
  { input: 'Harnaschpolder', expect: 'ambiguous', why: 'split between Delft and Den Hoorn (Midden-Delfland)' },
  { input: 'Bomenbuurt', expect: 'ambiguous', why: 'a neighbourhood in Den Haag and in Rijswijk' },
  { input: 'Harnaschpolder, Delft', expect: 'delft', why: 'the municipality typed with it decides' },
];

export const outsideExamples: FinderExample[] = [
  { input: 'Leiden', expect: 'outside', why: 'a city next to the region' },
  { input: 'Amsterdam', expect: 'outside', why: 'a city far away' },
  { input: 'rotterdam', expect: 'outside', why: 'a city in lower case' },
  { input: '1012', expect: 'outside', why: 'a postcode in Amsterdam' },
  { input: '9711 AB', expect: 'outside', why: 'a postcode with letters outside the region' },
];

export const invalidExamples: (FinderExample & { reason: string })[] = [
  { input: '', expect: 'invalid', reason: 'empty', why: 'nothing typed' },
  { input: '   ', expect: 'invalid', reason: 'empty', why: 'only spaces' },
  { input: '!!!???', expect: 'invalid', reason: 'unusable', why: 'only symbols' },
  { input: "'-'", expect: 'invalid', reason: 'unusable', why: 'only an apostrophe and a hyphen' },
  { input: '<script>alert(1)</script>', expect: 'invalid', reason: 'unusable', why: 'markup' },
  { input: '<b>Delft</b>', expect: 'invalid', reason: 'unusable', why: 'a place inside markup' },
  { input: '12345', expect: 'invalid', reason: 'digits', why: 'five digits' },
  { input: '26', expect: 'invalid', reason: 'digits', why: 'two digits' },
  { input: '0123', expect: 'invalid', reason: 'digits', why: 'a postcode cannot start with 0' },
  { input: 'Xyzzyplaats', expect: 'invalid', reason: 'not-found', why: 'a name we do not know' },
  { input: 'a'.repeat(200), expect: 'invalid', reason: 'too-long', why: 'very long input' },
];

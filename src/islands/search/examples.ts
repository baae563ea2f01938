/**
 * Words readers actually type, and the page each must find among the first three results.
 * Used by the end-to-end search tests (tests/e2e/search.spec.ts); keep it as the list to check
 * when a page's text or keywords change.
 */
import type { LocaleCode } from '../../i18n/locales';

export interface SearchExample {
  query: string;
  /** Page id expected among the first three results. */
  expect: string;
}

export const searchExamples: Partial<Record<LocaleCode, SearchExample[]>> = {
  nl: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'stalkerware', expect: 'tech-safety-spyware' },
    { query: 'meelezen', expect: 'tech-safety' },
    { query: 'makkelijk lezen huisverbod', expect: 'easy-restraining-order' },
    { query: 'huisverbod', expect: 'restraining-order' },
    { query: 'meldcode', expect: 'professionals' },
    { query: 'loverboy', expect: 'exploitation' },
    { query: 'eerwraak', expect: 'honour-based' },
    { query: 'ouderenmishandeling', expect: 'elderly' },
    { query: 'stalking', expect: 'stalking' },
    { query: 'straatverbod', expect: 'stalking' },
    { query: 'IND', expect: 'residence-status' },
    { query: 'verkrachting', expect: 'sexual-violence' },
    { query: 'klacht Veilig Thuis', expect: 'after-report' },
    { query: 'schulden', expect: 'financial-abuse' },
    { query: 'gastles', expect: 'schools' },
    { query: 'geschiedenis wissen', expect: 'online-safety' },
    { query: 'aangifte doen', expect: 'police-report' },
    { query: 'vrouwenopvang', expect: 'shelter' },
    { query: 'noodtas', expect: 'safety-plan' },
  ],
  en: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'spyware', expect: 'tech-safety-spyware' },
    { query: 'location sharing', expect: 'tech-safety-phones' },
    { query: 'easy read restraining order', expect: 'easy-restraining-order' },
    { query: 'restraining order', expect: 'restraining-order' },
    { query: 'reporting code', expect: 'professionals' },
    { query: 'loverboy', expect: 'exploitation' },
    { query: 'honour', expect: 'honour-based' },
    { query: 'elder abuse', expect: 'elderly' },
    { query: 'stalking', expect: 'stalking' },
    { query: 'residence permit', expect: 'residence-status' },
    { query: 'rape', expect: 'sexual-violence' },
    { query: 'browser history', expect: 'online-safety' },
    { query: 'police report', expect: 'police-report' },
    { query: "women's shelter", expect: 'shelter' },
    { query: 'emergency bag', expect: 'safety-plan' },
  ],
  // From the translators of each language, tried on the built index of that language.
  tr: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'casus yazılım', expect: 'tech-safety-spyware' },
    { query: 'ev yasağı', expect: 'restraining-order' },
    { query: 'huisverbod', expect: 'restraining-order' },
    { query: 'suç duyurusu', expect: 'police-report' },
    { query: 'sığınma evi', expect: 'shelter' },
    { query: 'oturma izni', expect: 'residence-status' },
    { query: 'tecavüz', expect: 'sexual-violence' },
    { query: 'zorla evlendirme', expect: 'honour-based' },
    { query: 'insan ticareti', expect: 'exploitation' },
    { query: 'ekonomik şiddet', expect: 'financial-abuse' },
    { query: 'yaşlılara kötü muamele', expect: 'elderly' },
  ],
  ar: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'برنامج تجسس', expect: 'tech-safety-spyware' },
    { query: 'huisverbod', expect: 'restraining-order' },
    { query: 'مأوى للنساء', expect: 'shelter' },
    { query: 'اغتصاب', expect: 'sexual-violence' },
    { query: 'مسح السجل', expect: 'online-safety' },
    { query: 'تصريح إقامة', expect: 'residence-status' },
    { query: 'الزواج بالإكراه', expect: 'honour-based' },
    { query: 'الاتجار بالبشر', expect: 'exploitation' },
    { query: 'ديون باسمي', expect: 'financial-abuse' },
    { query: 'إساءة معاملة كبار السن', expect: 'elderly' },
  ],
  pl: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'aplikacja szpiegująca', expect: 'tech-safety-spyware' },
    { query: 'zakaz wstępu do domu', expect: 'restraining-order' },
    { query: 'huisverbod', expect: 'restraining-order' },
    { query: 'gwałt', expect: 'sexual-violence' },
    { query: 'usunąć historię', expect: 'online-safety' },
    { query: 'zezwolenie na pobyt', expect: 'residence-status' },
    { query: 'schronienie dla kobiet', expect: 'shelter' },
    { query: 'przymusowe małżeństwo', expect: 'honour-based' },
    { query: 'handel ludźmi', expect: 'exploitation' },
    { query: 'długi na moje nazwisko', expect: 'financial-abuse' },
    { query: 'przemoc wobec osób starszych', expect: 'elderly' },
  ],
  uk: [
    { query: 'AirTag', expect: 'tech-safety-trackers' },
    { query: 'шпигунська програма', expect: 'tech-safety-spyware' },
    { query: 'заборона повертатися додому', expect: 'restraining-order' },
    { query: 'huisverbod', expect: 'restraining-order' },
    { query: 'зґвалтування', expect: 'sexual-violence' },
    { query: 'притулок', expect: 'shelter' },
    { query: 'стерти історію', expect: 'online-safety' },
    { query: 'дозвіл на проживання', expect: 'residence-status' },
    { query: 'примусовий шлюб', expect: 'honour-based' },
    { query: 'торгівля людьми', expect: 'exploitation' },
    { query: 'кредит на моє імʼя', expect: 'financial-abuse' },
    { query: 'жорстоке поводження з літніми людьми', expect: 'elderly' },
  ],
};

/** Queries that match nothing in either language. */
export const noResultQueries = ['xqzwvy', 'blorptangle'];

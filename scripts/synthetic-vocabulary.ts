// Word banks for the synthetic dataset generator: enough variety that text, search and layout are
// exercised much as the real data does (English, Russian and Kazakh text, long titles, aliases).
import type { Readout, Side, SourceKind, Topic } from '../src/domain/schema.ts';

export const TOPICS: readonly (readonly [string, string, Topic['group']])[] = [
  ['rule-of-law', 'Rule of law', 'rule-of-law'],
  ['judicial-reform', 'Judicial and law-enforcement reform', 'rule-of-law'],
  ['accountability', 'Accountability for past abuses', 'rule-of-law'],
  ['death-penalty-abolition', 'Abolition of the death penalty', 'rule-of-law'],
  ['freedom-of-expression', 'Freedom of expression and media', 'civil-political'],
  ['freedom-of-religion', 'Freedom of religion or belief', 'civil-political'],
  ['freedom-of-assembly', 'Freedom of peaceful assembly', 'civil-political'],
  ['political-rights', 'Political rights', 'civil-political'],
  ['civil-society', 'Civil society', 'civil-political'],
  ['disability-rights', 'Disability rights', 'protection'],
  ['domestic-violence', 'Gender-based and domestic violence', 'protection'],
  ['womens-empowerment', "Women's empowerment and economic security", 'protection'],
  ['trafficking-in-persons', 'Trafficking in persons', 'protection'],
  ['labour-rights', 'Labour rights', 'protection'],
  ['vulnerable-populations', 'Vulnerable and marginalized populations', 'protection'],
  ['political-reform', 'Political reform', 'governance'],
  ['human-rights-institutions', 'Human rights institutions', 'governance'],
  ['anti-corruption', 'Anti-corruption', 'governance'],
  ['asset-recovery', 'Asset recovery', 'governance'],
  ['multilateral-cooperation', 'Multilateral cooperation', 'cooperation'],
  ['security-cooperation', 'Security cooperation', 'cooperation'],
];

export type PublisherSpec = {
  slug: string;
  name: string;
  domain: string;
  kind: SourceKind;
  language: string;
  readout?: Readout;
};

export const PUBLISHERS: readonly PublisherSpec[] = [
  { slug: 'kazinform', name: 'Kazinform', domain: 'www.inform.kz', kind: 'media', language: 'en' },
  {
    slug: 'kazinform-ru',
    name: 'Kazinform',
    domain: 'www.inform.kz',
    kind: 'media',
    language: 'ru',
    readout: 'kazakh-readout',
  },
  {
    slug: 'state',
    name: 'U.S. Department of State',
    domain: 'www.state.gov',
    kind: 'us-government',
    language: 'en',
    readout: 'us-statement',
  },
  {
    slug: 'astanatimes',
    name: 'The Astana Times',
    domain: 'astanatimes.com',
    kind: 'media',
    language: 'en',
  },
  {
    slug: 'eeas',
    name: 'European External Action Service (EEAS)',
    domain: 'www.eeas.europa.eu',
    kind: 'eu',
    language: 'en',
    readout: 'eu-statement',
  },
  {
    slug: 'akorda',
    name: 'Akorda (Office of the President of Kazakhstan)',
    domain: 'www.akorda.kz',
    kind: 'kazakh-government',
    language: 'kk',
  },
  {
    slug: 'adilet',
    name: 'Adilet',
    domain: 'adilet.zan.kz',
    kind: 'legal-database',
    language: 'ru',
  },
  { slug: 'rferl', name: 'RFE/RL', domain: 'www.rferl.org', kind: 'media', language: 'en' },
  { slug: 'hrw', name: 'Human Rights Watch', domain: 'www.hrw.org', kind: 'ngo', language: 'en' },
  {
    slug: 'joint',
    name: 'EIN Presswire',
    domain: 'www.einpresswire.com',
    kind: 'media',
    language: 'en',
    readout: 'joint-statement',
  },
  {
    slug: 'nova',
    name: 'Agenzia Nova',
    domain: 'www.agenzianova.com',
    kind: 'media',
    language: 'it',
  },
  {
    slug: 'mirror',
    name: 'wiki mirror',
    domain: 'en.m.wiki.example.org',
    kind: 'other',
    language: 'en',
  },
];

export type PersonSpec = { name: string; aliases: readonly string[]; side: Side; title: string };

export const PEOPLE: readonly PersonSpec[] = [
  {
    name: 'Uzra Zeya',
    aliases: ['Uzry Zeya', 'U. Zeya'],
    side: 'us',
    title: 'Under Secretary of State for Civilian Security, Democracy, and Human Rights',
  },
  {
    name: 'Erzhan Kazykhan',
    aliases: ['Yerzhan Kazykhan', 'Ержан Қазыхан'],
    side: 'kz',
    title: 'Special Representative of the President for International Cooperation',
  },
  {
    name: 'Eamon Gilmore',
    aliases: ['E. Gilmore'],
    side: 'eu',
    title: 'EU Special Representative for Human Rights',
  },
  {
    name: 'Akan Rakhmetullin',
    aliases: [],
    side: 'kz',
    title: 'Deputy Minister of Foreign Affairs',
  },
  { name: 'Donald Lu', aliases: [], side: 'us', title: 'Assistant Secretary of State' },
  {
    name: 'Mukhtar Tleuberdi',
    aliases: ['Tileuberdi', 'Мухтар Тлеуберди'],
    side: 'kz',
    title: 'Minister of Foreign Affairs',
  },
];

export const COMMITMENTS: readonly string[] = [
  '"New Kazakhstan" reform programme',
  'Constitutional referendum',
  'Abolition of the death penalty',
  'Commissioner for Human Rights (Ombudsperson)',
  'Constitutional Court',
  'Law on peaceful assemblies',
  'Law toughening penalties for domestic violence',
  'Action Plan on human rights and the rule of law',
  'Law on combating human trafficking',
  'Rights of persons with disabilities',
  'Recovery of illegally acquired assets',
  'Anti-corruption policy',
];

export const QUOTES: readonly string[] = [
  'The sides discussed the protection of human rights and the development of civil society',
  'reaffirmed their commitment to continue the dialogue on democratic reforms',
  'welcomed the steps taken to strengthen the independence of the judiciary',
  'noted the importance of freedom of expression and the safety of journalists',
  'discussed cooperation in combating trafficking in persons and forced labour',
  'The delegation raised concerns about restrictions on peaceful assembly',
  'The law was signed by the President and enters into force ten days after publication',
  'agreed to hold the next round of the dialogue in the coming year',
];

export const FOREIGN_QUOTES: readonly (readonly [string, string])[] = [
  [
    'Стороны обсудили вопросы защиты прав человека',
    'The sides discussed the protection of human rights',
  ],
  [
    'Тараптар адам құқықтарын қорғау мәселелерін талқылады',
    'The parties discussed the protection of human rights',
  ],
  [
    'Le parti hanno discusso della tutela dei diritti umani',
    'The parties discussed the protection of human rights',
  ],
];

export const CITIES = {
  us: ['Washington', 'United States'],
  kz: ['Astana', 'Kazakhstan'],
  eu: ['Brussels', 'Belgium'],
} as const satisfies Record<Side, readonly [string, string]>;

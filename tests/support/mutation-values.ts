// Keys and values the dataset mutations use: which fields are optional, nullable, enums or text, and
// values that can never pass (hostile URLs, impossible dates).

export const OPTIONAL_KEYS = new Set([
  '$schema',
  'translation',
  'note',
  'readout',
  'origin',
  'cityToday',
  'meeting',
  'deadline',
]);
/** Keys the schema does not know; never a target of "delete-required", which would undo the break. */
export const UNKNOWN_KEYS = ['zz', 'cty', 'Title', '__proto__', 'constructor', 'toString', ''];
/** Keys whose value may be null, with the JSON type of their value when it is not. */
export const NULLABLE_KEYS = new Map([
  ['round', 'number'],
  ['published', 'object'],
  ['city', 'string'],
  ['country', 'string'],
]);
export const ENUM_KEYS = new Set([
  'status',
  'kind',
  'precision',
  'type',
  'actor',
  'side',
  'raisedIn',
  'format',
  'group',
  'readout',
]);
export const TEXT_KEYS = new Set([
  'title',
  'publisher',
  'label',
  'definition',
  'name',
  'shortName',
  'description',
  'summary',
  'quote',
  'text',
  'committedBy',
  'subject',
  'resolution',
  'licence',
]);
/** Lists the schema requires to be non-empty (meetings[].topics may be empty, so topics only elsewhere). */
export const MIN_ONE_LISTS = new Set([
  'evidence',
  'sources',
  'dialogues',
  'meetings',
  'roles',
  'events',
  'changelog',
  'changes',
  'claims',
  'parties',
]);
export const COLLECTIONS = [
  'sources',
  'dialogues',
  'topics',
  'people',
  'meetings',
  'commitments',
  'conflicts',
] as const;

export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  '  javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'mailto:someone@example.org',
  'blob:https://example.org/uuid',
  'about:blank',
  '//example.org/protocol-relative',
  '/relative/path',
  '../up',
  'example.org/no-scheme',
  'http://localhost/',
  'https://127.0.0.1/',
  'http://[::1]/',
  'https://',
  '',
] as const;

export const BAD_DATES = [
  '2024-02-30',
  '2023-13',
  '2023-00',
  '2023-04-31',
  '20240101',
  '2024-1-1',
  '',
  'yesterday',
  '2024-02-29T00:00:00Z',
  ' 2024',
  '０２０２',
];
export const WRONG_TYPE_FALLBACKS: unknown[] = [42, 'text', true, [], {}, null];

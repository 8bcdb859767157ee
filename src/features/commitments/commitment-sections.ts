import type { ContentsEntry } from '@/lib/contents-list';

/** The commitment drawer's sections: their headings' ids and words, and its contents list. */
export const COMMITMENT_SECTIONS = {
  completion: { id: 'commitment-completion', label: 'Completion' },
  practice: { id: 'commitment-practice', label: 'Practice' },
  about: { id: 'commitment-about', label: 'About the commitment' },
  reviews: { id: 'commitment-reviews', label: 'Reviews and ratings that assess it' },
  discussed: { id: 'commitment-discussed', label: 'Discussed at' },
  history: { id: 'commitment-history', label: 'Event history' },
} as const satisfies Record<string, ContentsEntry>;

import { HUMAN_RIGHTS_KIND_LABELS } from '@/data/review-labels';
import type { Dataset, Evidence } from '@/data/schema';

/** A review edition or a high-level contact, as the record a quote belongs to. */
export type BesideSubject = { kind: 'review' | 'contact'; id: string; label: string };

/**
 * Receives each evidence list of the review editions, then of the high-level contacts, in dataset
 * order, with its record and (on demand) the fact it supports in words.
 */
export function visitReviewAndContactEvidence(
  dataset: Pick<Dataset, 'reviews' | 'contacts'>,
  visit: (evidence: readonly Evidence[], subject: BesideSubject, fact: () => string) => void,
): void {
  for (const review of dataset.reviews ?? []) {
    const subject: BesideSubject = { kind: 'review', id: review.id, label: review.edition };
    visit(review.evidence, subject, () => `Value of ${review.edition}: ${review.label}`);
    visit(review.date.evidence, subject, () => `Date of ${review.edition}`);
  }
  for (const contact of dataset.contacts ?? []) {
    const subject: BesideSubject = { kind: 'contact', id: contact.id, label: contact.name };
    visit(contact.date.evidence, subject, () => `Date of ${contact.name}`);
    if (contact.location)
      visit(contact.location.evidence, subject, () => `Place of ${contact.name}`);
    for (const entry of contact.humanRights) {
      visit(
        entry.evidence,
        subject,
        () => `Human rights at ${contact.name} (${HUMAN_RIGHTS_KIND_LABELS[entry.kind]})`,
      );
    }
  }
}

/**
 * Hands `add` each evidence list of the review editions and contacts with its record's label, in
 * visitReviewAndContactEvidence's order; `add` is the caller's module-level counter, not a visitor.
 */
export function countReviewAndContactUses(
  dataset: Pick<Dataset, 'reviews' | 'contacts'>,
  add: (evidence: readonly Evidence[], label: string) => void,
): void {
  for (const review of dataset.reviews ?? []) {
    add(review.evidence, review.edition);
    add(review.date.evidence, review.edition);
  }
  for (const contact of dataset.contacts ?? []) {
    add(contact.date.evidence, contact.name);
    if (contact.location) add(contact.location.evidence, contact.name);
    for (const entry of contact.humanRights) add(entry.evidence, contact.name);
  }
}

import { ContactsSection } from '@/features/contacts/contacts-section';
import { TimelineSection } from '@/features/timeline/timeline-section';

export const MEETINGS_PANELS = [
  ['timeline', TimelineSection],
  ['high-level contacts', ContactsSection],
] as const;

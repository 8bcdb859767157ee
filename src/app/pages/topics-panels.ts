import { DialoguesSection } from '@/features/dialogues/dialogues-section';
import { TopicsSection } from '@/features/topics/topics-section';

export const TOPICS_PANELS = [
  ['topics', TopicsSection],
  ['dialogues', DialoguesSection],
] as const;

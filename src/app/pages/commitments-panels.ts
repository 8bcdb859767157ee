import { CommitmentsSection } from '@/features/commitments/commitments-section';
import { ReviewsSection } from '@/features/reviews/reviews-section';

export const COMMITMENTS_PANELS = [
  ['commitments', CommitmentsSection],
  ['reviews and ratings', ReviewsSection],
] as const;

import { ComparisonSection } from '@/features/comparison/comparison-section';

export const READOUTS_PANELS = [['comparison', ComparisonSection]] as const;

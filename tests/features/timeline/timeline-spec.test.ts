import { TIMELINE_SERIES, timelineMarkOf } from '@/features/timeline/timeline-spec';

describe(timelineMarkOf, () => {
  it.each([
    ['held', 'primary', 'circle', TIMELINE_SERIES.held.color],
    ['held', 'secondary', 'circle', TIMELINE_SERIES.heldElsewhere.color],
    ['planned', 'primary', 'ring', TIMELINE_SERIES.held.color],
    ['planned', 'secondary', 'ring', TIMELINE_SERIES.heldElsewhere.color],
    ['not-confirmed', 'primary', 'ring-question', TIMELINE_SERIES.held.color],
    ['milestone', 'milestone', 'diamond', TIMELINE_SERIES.milestone.color],
  ] as const)('draws a %s point of the %s dialogue as a %s', (status, tone, shape, color) => {
    expect(timelineMarkOf({ status, tone })).toMatchObject({ shape, color });
  });
});

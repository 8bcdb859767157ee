import { listMeetingSections, MEETING_SECTIONS } from '@/features/timeline/meeting-sections';

const labels = (sections: { label: string }[]) => sections.map((section) => section.label);

describe(listMeetingSections, () => {
  it('lists the four sections every meeting has', () => {
    expect(labels(listMeetingSections({ outcomes: [], gaps: [] }, 0))).toEqual([
      'Date',
      'Place',
      'Co-chairs',
      'Topics raised, by whose readout',
    ]);
  });

  it('adds outcomes, commitments and gaps when the meeting has some, in the drawer’s order', () => {
    const outcome = { kind: 'agreed-next', text: 'Meet again.', evidence: [] } as never;
    expect(listMeetingSections({ outcomes: [outcome], gaps: ['Who attended'] }, 2)).toEqual([
      MEETING_SECTIONS.date,
      MEETING_SECTIONS.place,
      MEETING_SECTIONS.coChairs,
      MEETING_SECTIONS.topics,
      MEETING_SECTIONS.outcomes,
      MEETING_SECTIONS.commitments,
      MEETING_SECTIONS.gaps,
    ]);
  });
});

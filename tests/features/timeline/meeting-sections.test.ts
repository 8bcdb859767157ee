import {
  listMeetingSections,
  MEETING_SECTIONS,
  meetingSectionId,
} from '@/features/timeline/meeting-sections';

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
      MEETING_SECTIONS['co-chairs'],
      MEETING_SECTIONS.outcomes,
      MEETING_SECTIONS.topics,
      MEETING_SECTIONS.commitments,
      MEETING_SECTIONS.gaps,
    ]);
  });
});

describe(meetingSectionId, () => {
  it('names the section holding a key fact’s quotes', () => {
    expect(meetingSectionId('co-chairs')).toBe('meeting-co-chairs');
    expect(meetingSectionId('outcomes')).toBe('meeting-outcomes');
  });
});

import type { CommitmentKind, EventType } from '@/domain/schema';

/** The stages every kind of commitment passes through, lowest first; each kind names them its own way. */
export const COMPLETION_STAGES = [
  'no-evidence',
  'announced',
  'in-preparation',
  'adopted',
  'complete',
] as const;

export type CompletionStage = (typeof COMPLETION_STAGES)[number];

export type KindRule = {
  /** The kind's name, e.g. "Law". */
  label: string;
  /** The kind in running text, with its article: "a law", "an institution". */
  noun: string;
  /** What kind of promise it is. */
  definition: string;
  /** What "complete" means for this kind, in one sentence. */
  complete: string;
  /** Each stage this kind uses, with its own name and the event types that reach it. */
  rungs: readonly { stage: CompletionStage; label: string; reachedBy: readonly EventType[] }[];
  /** The stage at which this kind is complete (`complete`, or `announced` for an announcement). */
  completeAt: CompletionStage;
  /**
   * Whether a finding that the commitment is applied in practice, dated on or after its adoption,
   * completes it: a law or body reported at work has taken effect, even where no date is recorded.
   */
  completedByPractice: boolean;
};

const NO_EVIDENCE = { stage: 'no-evidence', label: 'No evidence', reachedBy: [] } as const;
const ANNOUNCED = { stage: 'announced', label: 'Announced', reachedBy: ['announced'] } as const;
const DRAFTED = {
  stage: 'in-preparation',
  label: 'Draft presented',
  reachedBy: ['drafted'],
} as const;

/** The rungs every kind but an announcement starts with, after No evidence. */
export const SHARED_RUNGS: readonly KindRule['rungs'][number][] = [ANNOUNCED, DRAFTED];

/** An act that takes effect after adoption: announced → draft → adopted (under `adopted`) → complete. */
function actLadder(adopted: string, complete: string) {
  return [
    NO_EVIDENCE,
    ANNOUNCED,
    DRAFTED,
    { stage: 'adopted', label: adopted, reachedBy: ['adopted', 'ratified'] },
    { stage: 'complete', label: complete, reachedBy: ['in-force'] },
  ] as const;
}

/** An act that takes effect when it is signed or adopted: announced → draft → complete. */
function signedLadder(complete: string) {
  return [
    NO_EVIDENCE,
    ANNOUNCED,
    DRAFTED,
    { stage: 'complete', label: complete, reachedBy: ['adopted', 'ratified', 'in-force'] },
  ] as const;
}

/** The rules of each kind, published in the status legend, the commitment detail and the README. */
export const KIND_RULES: Record<CommitmentKind, KindRule> = {
  law: {
    label: 'Law',
    noun: 'a law',
    definition: 'A law or code to be adopted by parliament and signed by the President.',
    complete:
      'In force: the law has taken effect. If no entry into force is recorded, a finding that the law is applied in practice, dated after its adoption, shows that it had taken effect by then.',
    rungs: actLadder('Adopted', 'In force'),
    completedByPractice: true,
    completeAt: 'complete',
  },
  decree: {
    label: 'Decree',
    noun: 'a decree',
    definition: 'A presidential or government decree.',
    complete: 'Signed: a decree takes effect when it is signed.',
    rungs: signedLadder('Signed (in force)'),
    completedByPractice: false,
    completeAt: 'complete',
  },
  programme: {
    label: 'Programme',
    noun: 'a programme',
    definition: 'A plan, concept or programme adopted by decree, often for a stated term.',
    complete:
      'Adopted: a programme is in force once adopted. One with a term ends when its term does, with or without a successor.',
    rungs: signedLadder('Adopted (in force)'),
    completedByPractice: false,
    completeAt: 'complete',
  },
  institution: {
    label: 'Institution',
    noun: 'an institution',
    definition: 'A state body to be set up or restored.',
    complete:
      'Operating: the body has started work, or a source reports it at work (handling appeals, issuing rulings).',
    rungs: actLadder('Established', 'Operating'),
    completedByPractice: true,
    completeAt: 'complete',
  },
  treaty: {
    label: 'Treaty',
    noun: 'a treaty',
    definition:
      'An international treaty to be signed, ratified and brought into force for Kazakhstan.',
    complete: 'In force for Kazakhstan: the treaty has entered into force for the country.',
    rungs: [
      NO_EVIDENCE,
      ANNOUNCED,
      { stage: 'in-preparation', label: 'Signed', reachedBy: ['signed', 'drafted'] },
      { stage: 'adopted', label: 'Ratified', reachedBy: ['ratified', 'adopted'] },
      { stage: 'complete', label: 'In force for Kazakhstan', reachedBy: ['in-force'] },
    ],
    completedByPractice: false,
    completeAt: 'complete',
  },
  'constitutional-change': {
    label: 'Constitutional change',
    noun: 'a constitutional change',
    definition: 'An amendment to, or a new text of, the Constitution.',
    complete: 'In effect: the change has taken effect after its approval.',
    rungs: actLadder('Approved', 'In effect'),
    completedByPractice: true,
    completeAt: 'complete',
  },
  abolition: {
    label: 'Abolition',
    noun: 'an abolition',
    definition: 'Abolishing a practice or penalty in law.',
    complete:
      'Abolition in force: an act that abolishes it (a law, a constitutional provision, a treaty) has taken effect. Ratifying a treaty to abolish is a commitment, not yet abolition.',
    rungs: [
      NO_EVIDENCE,
      ANNOUNCED,
      {
        stage: 'in-preparation',
        label: 'Draft or treaty commitment',
        reachedBy: ['drafted', 'signed', 'ratified'],
      },
      { stage: 'adopted', label: 'Abolished in law', reachedBy: ['adopted'] },
      { stage: 'complete', label: 'Abolition in force', reachedBy: ['in-force'] },
    ],
    completedByPractice: false,
    completeAt: 'complete',
  },
  'announcement-only': {
    label: 'Announcement',
    noun: 'an announcement',
    definition:
      'A political commitment made in a speech or statement, with no act of its own to adopt.',
    complete:
      'Announced: nothing further can complete it; what it changed is told by practice findings and by the commitments that carry out its measures.',
    rungs: [NO_EVIDENCE, ANNOUNCED],
    completedByPractice: false,
    completeAt: 'announced',
  },
};

/** Kinds in the order the status legend lists them. */
export const COMMITMENT_KINDS = Object.keys(KIND_RULES) as CommitmentKind[];

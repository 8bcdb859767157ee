// A deterministic synthetic dataset for load tests, benchmarks and property tests.
// Usage: tsx --tsconfig tsconfig.node.json scripts/synthetic-dataset.ts --scale 100 --seed 1 --out file.json
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  Commitment,
  Conflict,
  Dataset,
  Dialogue,
  Evidence,
  Meeting,
  Person,
  Side,
  Source,
  Topic,
} from '../src/domain/schema.ts';
import { CommitmentKind } from '../src/domain/schema.ts';
import { generateEvents, generateMeetings } from './synthetic-meetings.ts';
import {
  count,
  dateAt,
  dayOfYear,
  localIndex,
  makeRandom,
  PER_UNIT,
  precisionFor,
} from './synthetic-random.ts';
import {
  COMMITMENTS,
  FOREIGN_QUOTES,
  PEOPLE,
  PUBLISHERS,
  QUOTES,
  TOPICS,
} from './synthetic-vocabulary.ts';

export type SyntheticOptions = {
  /** Any integer; the same seed and scale always give the same dataset. */
  seed: number;
  /** 1 ≈ the bundled dataset's counts; N ≈ N times as many records. Fractions give fewer. */
  scale: number;
};

/** Generates a dataset that passes schema and integrity checks for any seed and any scale > 0. */
export function generateDataset({ seed, scale }: SyntheticOptions): Dataset {
  const random = makeRandom(seed);
  const n = {
    sources: count(scale, PER_UNIT.sources, 1),
    topics: count(scale, PER_UNIT.topics, 1),
    people: count(scale, PER_UNIT.people, 1),
    dialogues: count(scale, PER_UNIT.dialogues, 1),
    meetings: count(scale, PER_UNIT.meetings, 1),
    commitments: count(scale, PER_UNIT.commitments, 0),
    conflicts: count(scale, PER_UNIT.conflicts, 0),
  };
  const unitOf = (index: number, perUnit: number) => Math.floor(index / perUnit);

  const sources: Source[] = Array.from({ length: n.sources }, (_, i) => {
    const publisher = PUBLISHERS[i % PUBLISHERS.length]!;
    const year = random.int(2005, 2026);
    const precision = precisionFor(random);
    const source: Source = {
      id: `${publisher.slug}-${year}-${i + 1}`,
      title: `${publisher.name} on ${random.pick(TOPICS)[1].toLowerCase()} (${year}, item ${i + 1})`,
      publisher: publisher.name,
      url: `https://${publisher.domain}/${year}/${publisher.slug}-item-${i + 1}`,
      published: random.chance(0.08)
        ? null
        : {
            value: dateAt(dayOfYear(year) + random.int(0, 364), precision),
            precision,
            uncertain: precision !== 'day' && random.chance(0.5),
          },
      language: publisher.language,
      kind: publisher.kind,
    };
    if (publisher.readout) source.readout = publisher.readout;
    if (random.chance(0.3)) source.note = 'Excerpt only; the full text was not available.';
    return source;
  });

  /** Evidence from `pool` (source indexes), or from the unit's sources when no pool is given. */
  const evidence = (unit: number, pool?: readonly number[]): Evidence[] => {
    const r = random.next();
    const size = r < 0.55 ? 1 : r < 0.87 ? 2 : 3;
    return Array.from({ length: size }, () => {
      const index = pool
        ? pool[random.skewed(pool.length)]!
        : localIndex(random, unit, PER_UNIT.sources, n.sources);
      const source = sources[index]!;
      if (source.language !== 'en' && random.chance(0.5)) {
        const [quote, translation] = random.pick(FOREIGN_QUOTES);
        return { source: source.id, quote, translation };
      }
      const item: Evidence = { source: source.id, quote: `${random.pick(QUOTES)} (${index + 1}).` };
      if (random.chance(0.1)) item.note = 'The date is inferred from the article.';
      return item;
    });
  };

  const topics: Topic[] = Array.from({ length: n.topics }, (_, i) => {
    const [slug, label, group] = TOPICS[i % TOPICS.length]!;
    const copy = Math.floor(i / TOPICS.length);
    return {
      id: copy === 0 ? slug : `${slug}-${copy + 1}`,
      label: copy === 0 ? label : `${label} (${copy + 1})`,
      definition: `Statements about ${label.toLowerCase()}.`,
      group,
    };
  });

  const people: Person[] = Array.from({ length: n.people }, (_, i) => {
    const spec = PEOPLE[i % PEOPLE.length]!;
    const copy = Math.floor(i / PEOPLE.length);
    const unit = unitOf(i, PER_UNIT.people);
    const first = random.int(dayOfYear(2005), dayOfYear(2024));
    return {
      id: `${spec.name.toLowerCase().replace(/[^a-z]+/g, '-')}${copy === 0 ? '' : `-${copy + 1}`}`,
      name: copy === 0 ? spec.name : `${spec.name} ${copy + 1}`,
      aliases: [...spec.aliases],
      roles: Array.from({ length: random.int(1, 3) }, (_, r) => {
        const precision = precisionFor(random);
        return {
          title: spec.title,
          side: spec.side,
          observed: { value: dateAt(first + r * 365, precision), precision },
          evidence: evidence(unit),
        };
      }),
    };
  });
  const peopleBySide = (side: Side) => people.filter((person) => person.roles[0]?.side === side);
  const sidePeople = { us: peopleBySide('us'), kz: peopleBySide('kz'), eu: peopleBySide('eu') };

  const dialogues: Dialogue[] = Array.from({ length: n.dialogues }, (_, d) => {
    const eu = d % 2 === 1;
    const copy = Math.floor(d / 2);
    const suffix = copy === 0 ? '' : ` ${copy + 1}`;
    const dialogue: Dialogue = {
      id: `${eu ? 'eu-kz-hrd' : 'us-kz-hld'}${copy === 0 ? '' : `-${copy + 1}`}`,
      name: eu
        ? `EU–Kazakhstan Human Rights Dialogue${suffix}`
        : `United States–Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms${suffix}`,
      shortName: `${eu ? 'EU–Kazakhstan' : 'US–Kazakhstan'}${suffix}`,
      parties: eu ? ['eu', 'kz'] : ['us', 'kz'],
      primary: d === 0,
      description: `A synthetic ${eu ? 'EU' : 'US'}–Kazakhstan dialogue.`,
    };
    if (random.chance(0.5)) {
      dialogue.origin = {
        text: 'The two sides agreed to start the dialogue.',
        evidence: evidence(copy),
      };
    }
    return dialogue;
  });

  const meetings = generateMeetings({ random, n, dialogues, topics, sidePeople, evidence });
  const held = meetings.filter((meeting) => meeting.status === 'held');
  const unitOfDialogue = new Map(dialogues.map((d, i) => [d.id, unitOf(i, PER_UNIT.dialogues)]));
  const heldByUnit = new Map<number, Meeting[]>();
  for (const meeting of held) {
    const unit = unitOfDialogue.get(meeting.dialogue) ?? 0;
    heldByUnit.set(unit, [...(heldByUnit.get(unit) ?? []), meeting]);
  }
  const heldOfUnit = (unit: number) => heldByUnit.get(unit) ?? held;

  const eventIds = { next: 1 };
  const commitments: Commitment[] = Array.from({ length: n.commitments }, (_, c) => {
    const unit = unitOf(c, PER_UNIT.commitments);
    const copy = Math.floor(c / COMMITMENTS.length);
    const title = COMMITMENTS[c % COMMITMENTS.length]!;
    const id = `commitment-${c + 1}`;
    const local = heldOfUnit(unit);
    const topicIds = new Set<string>();
    for (let t = random.int(1, 3); t > 0; t--)
      topicIds.add(topics[localIndex(random, unit, PER_UNIT.topics, n.topics)]!.id);
    const commitment: Commitment = {
      id,
      title: copy === 0 ? title : `${title} (${copy + 1})`,
      description: `What was promised about ${title.toLowerCase()}.`,
      kind: random.pick(CommitmentKind.options),
      committedBy: random.pick([
        'President of Kazakhstan',
        'Government of Kazakhstan',
        'Parliament of Kazakhstan',
      ]),
      topics: [...topicIds],
      discussedAt: [
        ...new Set(
          Array.from(
            { length: local.length === 0 ? 0 : random.int(0, 3) },
            () => random.pick(local).id,
          ),
        ),
      ].map((meeting) => ({ meeting, evidence: evidence(unit) })),
      events: generateEvents(random, id, eventIds, local, () => evidence(unit)),
    };
    if (random.chance(0.1)) {
      const year = random.int(2020, 2030);
      commitment.deadline = {
        value: String(year),
        precision: 'year',
        uncertain: false,
        evidence: evidence(unit),
      };
    }
    return commitment;
  });

  const conflicts: Conflict[] = Array.from({ length: n.conflicts }, (_, i) => {
    const unit = unitOf(i, PER_UNIT.conflicts);
    const kind = random.pick(['meeting', 'person', 'commitment', 'source'] as const);
    const pool = { meeting: meetings, person: people, commitment: commitments, source: sources }[
      kind
    ];
    const target = pool.length > 0 ? pool[random.int(0, pool.length - 1)]! : sources[0]!;
    return {
      id: `conflict-${i + 1}`,
      subject: `Sources disagree on a detail (${i + 1})`,
      about: { kind: pool.length > 0 ? kind : 'source', id: target.id },
      claims: Array.from({ length: random.int(2, 3) }, (_, k) => ({
        value: `Claim ${k + 1}`,
        evidence: evidence(unit),
      })),
      resolution: 'Both claims are shown.',
    };
  });

  return {
    meta: {
      schemaVersion: 2,
      title: `Synthetic dataset (seed ${seed}, scale ${scale})`,
      version: '1.0.0',
      updated: '2026-11-22',
      licence: 'Synthetic test data.',
      description: 'Generated by scripts/synthetic-dataset.ts; no record describes a real event.',
      changelog: [{ version: '1.0.0', date: '2026-11-22', changes: ['Generated.'] }],
    },
    sources,
    dialogues,
    topics,
    people,
    meetings,
    commitments,
    conflicts,
  };
}

const USAGE = 'usage: synthetic-dataset.ts [--scale N (> 0)] [--seed INTEGER] [--out file.json]';

function parseArgs(argv: readonly string[]): (SyntheticOptions & { out: string | null }) | null {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const scale = Number(value('--scale') ?? 1);
  const seed = Number(value('--seed') ?? 1);
  if (!(scale > 0) || !Number.isInteger(seed)) return null;
  return { scale, seed, out: value('--out') ?? null };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args === null) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { out, ...options } = args;
  const text = JSON.stringify(generateDataset(options));
  if (out === null) process.stdout.write(`${text}\n`);
  else {
    writeFileSync(out, `${text}\n`);
    console.error(
      `wrote ${out} (${(text.length / 1024 / 1024).toFixed(1)} MB, seed ${options.seed}, scale ${options.scale})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

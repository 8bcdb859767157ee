import { Fragment, useMemo } from 'react';
import { SIDE_LABELS } from '@/domain/labels';
import { useView } from '@/view/use-view';
import { ConflictNotes } from '@/view/conflict-link';
import { DetailLink } from '@/view/detail-link';
import { formatPartialDate } from '@/lib/dates';
import type { ContentsEntry } from '@/lib/contents-list';
import { countNoun } from '@/lib/plural';
import type { CountNoun } from '@/lib/show-more';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { DataText } from '@/components/ui/data-text';
import { DetailBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import { DrawerContents } from '@/components/ui/drawer-contents';
import { describePerson, type PersonModel } from '@/features/people/person-series';
import { LINK_STYLE } from '@/lib/link-style';

export type PersonDetailProps = { id: string };

const KICKER = 'Person';
const MEETING: CountNoun = { one: 'meeting', other: 'meetings' };
const ROLE: CountNoun = { one: 'role', other: 'roles' };

const SECTIONS = {
  led: { id: 'person-meetings-led', label: 'Meetings led' },
  roles: { id: 'person-roles', label: 'Roles over time' },
  spellings: { id: 'person-spellings', label: 'Other spellings' },
  conflicts: { id: 'person-conflicts', label: 'Where sources disagree' },
} as const satisfies Record<string, ContentsEntry>;

/** A person: the newest role first, then the meetings they co-chaired, each role with its quotes. */
export function PersonDetail({ id }: PersonDetailProps) {
  const { dataset, filters, openDetail, closeDetail } = useView();
  const model = useMemo(
    () => describePerson(dataset, id, filters.asOf),
    [dataset, id, filters.asOf],
  );
  if (!model) {
    return (
      <Drawer open title="Person not found" kicker={KICKER} onClose={closeDetail}>
        <p>No person with the id “{id}” is in this dataset. The link may be out of date.</p>
      </Drawer>
    );
  }
  const onOpenSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  return (
    <Drawer
      open
      title={<DataText>{model.person.name}</DataText>}
      kicker={KICKER}
      onClose={closeDetail}
    >
      <EvidenceScope dataset={dataset} onOpenSource={onOpenSource}>
        <div className="space-y-6">
          <LatestRole model={model} asOf={filters.asOf} />
          <DrawerContents
            sections={[
              SECTIONS.led,
              SECTIONS.roles,
              model.aliases.length > 0 && SECTIONS.spellings,
              model.conflicts.length > 0 && SECTIONS.conflicts,
            ]}
          />
          <MeetingsLed model={model} />
          <RolesOverTime model={model} asOf={filters.asOf} />
          <OtherSpellings aliases={model.aliases} />
          <Disagreements model={model} />
        </div>
      </EvidenceScope>
    </Drawer>
  );
}

type ModelProps = { model: PersonModel };

function LatestRole({ model, asOf }: ModelProps & { asOf: string }) {
  const { latest } = model;
  if (!latest) {
    return (
      <p>No role of this person is recorded by {formatPartialDate(asOf)}, the “View as of” date.</p>
    );
  }
  return (
    <div>
      <p className="text-base">
        <span className="font-medium">
          <DataText>{latest.title}</DataText>
        </span>{' '}
        <span className="text-muted">({SIDE_LABELS[latest.side]})</span>
      </p>
      <p className="mt-1 text-xs text-muted">
        The newest title a source gives, on {formatPartialDate(latest.observed.value)}.
        {model.otherWordings > 0 &&
          ` Sources that day also give ${countNoun(model.otherWordings, 'other wording', 'other wordings')}, listed under “Roles over time”.`}
      </p>
    </div>
  );
}

function MeetingsLed({ model }: ModelProps) {
  return (
    <DetailBlock title={SECTIONS.led.label} id={SECTIONS.led.id}>
      <DetailList
        items={model.led}
        noun={MEETING}
        itemKey={(meeting) => meeting.id}
        emptyText="No meeting in this view names this person as a co-chair."
        className="space-y-2"
        renderItem={(meeting) => (
          <p>
            <DetailLink target={{ kind: 'meeting', id: meeting.id }} className={LINK_STYLE}>
              <DataText>{meeting.name}</DataText>
            </DetailLink>
            <span className="block text-sm text-muted">
              {meeting.date} · <DataText>{meeting.place}</DataText> · co-chair for{' '}
              {SIDE_LABELS[meeting.side]}
              {meeting.planned && ' (planned)'}
            </span>
          </p>
        )}
      />
    </DetailBlock>
  );
}

function RolesOverTime({ model, asOf }: ModelProps & { asOf: string }) {
  return (
    <DetailBlock title={SECTIONS.roles.label} id={SECTIONS.roles.id}>
      <p className="text-xs text-muted">
        Each title as a source gives it on a date, newest first: the date a source shows it, not a
        term of office.
        {model.rolesLater > 0 &&
          ` ${model.rolesLater} more, seen after ${formatPartialDate(asOf)}, are not shown as of that date.`}
      </p>
      <DetailList
        items={model.roles}
        noun={ROLE}
        className="space-y-4"
        renderItem={(role) => (
          <>
            <p>
              <span className="font-medium">
                <DataText>{role.title}</DataText>
              </span>{' '}
              <span className="text-sm text-muted">({SIDE_LABELS[role.side]})</span>
            </p>
            <p className="text-sm">
              Seen on {formatPartialDate(role.observed.value)}
              {role.observed.precision !== 'day' && (
                <span className="text-muted"> ({role.observed.precision} known only)</span>
              )}
            </p>
            <EvidenceList className="mt-2" evidence={role.evidence} />
          </>
        )}
      />
    </DetailBlock>
  );
}

function OtherSpellings({ aliases }: { aliases: readonly string[] }) {
  if (aliases.length === 0) return null;
  return (
    <DetailBlock title={SECTIONS.spellings.label} id={SECTIONS.spellings.id}>
      <p className="text-sm">
        Also written:{' '}
        {aliases.map((alias, index) => (
          <Fragment key={index}>
            {index > 0 && '; '}
            <DataText>{alias}</DataText>
          </Fragment>
        ))}
      </p>
    </DetailBlock>
  );
}

function Disagreements({ model }: ModelProps) {
  if (model.conflicts.length === 0) return null;
  return (
    <DetailBlock title={SECTIONS.conflicts.label} id={SECTIONS.conflicts.id}>
      <ConflictNotes conflicts={model.conflicts} lead={false} className="space-y-1" />
    </DetailBlock>
  );
}

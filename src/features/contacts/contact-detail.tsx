import { useMemo } from 'react';
import type { LoadedDataset } from '@/domain/dataset-index';
import { SIDE_LABELS } from '@/domain/labels';
import { CONTACT_KIND_LABELS } from '@/domain/review-labels';
import type { Contact } from '@/domain/schema';
import { useView } from '@/view/use-view';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { DatedFactBlock } from '@/components/evidence/dated-fact-block';
import { DetailBlock, GapsBlock } from '@/components/ui/detail-block';
import { DetailList } from '@/components/ui/detail-list';
import { Drawer } from '@/components/ui/drawer';
import type { CountNoun } from '@/lib/show-more';
import { FactList } from '@/components/ui/fact-list';
import { contactPlace, orderHumanRights } from '@/features/contacts/contacts-series';

export type ContactDetailProps = { id: string };

const KICKER = 'High-level contact, not a dialogue round';
const ENTRY: CountNoun = { one: 'item', other: 'items' };

/** A summit or council beside the dialogues: when, where, who, and what sources say on human rights. */
export function ContactDetail({ id }: ContactDetailProps) {
  const { dataset, closeDetail } = useView();
  const contact = (dataset.contacts ?? []).find((entry) => entry.id === id);
  return (
    <Drawer
      open
      kicker={KICKER}
      title={contact ? contact.name : 'Contact not found'}
      onClose={closeDetail}
    >
      {contact ? (
        <ContactBody contact={contact} dataset={dataset} />
      ) : (
        <p>
          No high-level contact with the id “{id}” is in this view. The link may be out of date.
        </p>
      )}
    </Drawer>
  );
}

function ContactBody({ contact, dataset }: { contact: Contact; dataset: LoadedDataset }) {
  const { openDetail } = useView();
  const openSource = (sourceId: string) => openDetail({ kind: 'source', id: sourceId });
  const entries = useMemo(() => orderHumanRights(contact), [contact]);
  const { date } = contact;
  return (
    <EvidenceScope dataset={dataset} onOpenSource={openSource}>
      <div className="space-y-6">
        <div>
          <p>{contact.summary}</p>
          <p className="mt-1 text-xs text-muted">
            Summary in our own words; each fact is quoted below. A contact between the governments
            outside the dialogues: not counted as a dialogue round.
          </p>
        </div>
        <FactList
          facts={[
            { term: 'Kind', value: CONTACT_KIND_LABELS[contact.kind] },
            { term: 'Parties', value: contact.parties.map((side) => SIDE_LABELS[side]).join(', ') },
          ]}
        />
        <DatedFactBlock title="Date" date={date} />
        <DetailBlock title="Place">
          <p>{contactPlace(contact)}</p>
          {contact.location && <EvidenceList evidence={contact.location.evidence} />}
        </DetailBlock>
        <DetailBlock title="Human rights on the agenda">
          <DetailList
            items={entries}
            noun={ENTRY}
            emptyText="No human-rights item is recorded for this contact."
            className="space-y-4"
            renderItem={(entry) => (
              <>
                <p className="text-sm">
                  <span className="font-semibold">{entry.kindLabel}</span>
                  <span className="text-muted"> · whose word: </span>
                  <span className="font-medium">{entry.voiceLabel}</span>
                </p>
                <p className="mt-1">{entry.text}</p>
                <EvidenceList className="mt-2" evidence={entry.evidence} />
              </>
            )}
          />
        </DetailBlock>
        <GapsBlock gaps={contact.gaps} />
      </div>
    </EvidenceScope>
  );
}

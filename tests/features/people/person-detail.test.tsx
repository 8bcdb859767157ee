import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PersonDetail } from '@/features/people/person-detail';
import { renderWithProviders } from '../../support/render';
import { makePeopleDataset } from './person-fixture';

const openParam = () => new URLSearchParams(window.location.search).get('open');

describe('PersonDetail', () => {
  it('leads with the newest role and side, then the meetings led, roles with quotes, other spellings', () => {
    renderWithProviders(<PersonDetail id="person-b" />, {
      dataset: makePeopleDataset(),
      url: '/?open=person:person-b',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Person B' }));
    expect(drawer.getByText('Person')).toBeInTheDocument();
    expect(
      drawer.getByText(
        'The newest title a source gives, on 20 May 2024. Sources that day also give 1 other wording, listed under “Roles over time”.',
      ),
    ).toBeInTheDocument();

    const led = within(drawer.getByRole('group', { name: 'Meetings led' }));
    const links = led.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['A round 3', 'A round 1']);
    expect(links[0]).toHaveAttribute('href', '/?open=meeting:meeting-3');
    expect(led.getAllByRole('listitem')[0]).toHaveTextContent(
      'A round 320 May 2024 · Astana, Kazakhstan · co-chair for Kazakhstan',
    );

    const roles = within(drawer.getByRole('group', { name: 'Roles over time' }));
    const listed = roles.getAllByRole('listitem');
    expect(listed[0]).toHaveTextContent('Assistant for International Affairs (Kazakhstan)');
    expect(listed[0]).toHaveTextContent('Seen on 20 May 2024');
    expect(listed[2]).toHaveTextContent('“Assistant for External Affairs, Ambassador”');
    expect(listed[4]).toHaveTextContent(
      'Special Envoy (Kazakhstan)Seen on May 2024 (month known only)',
    );
    // Each role is an item holding a list of its one quote.
    expect(listed).toHaveLength(4 + 4);

    expect(drawer.getByRole('group', { name: 'Other spellings' })).toHaveTextContent(
      'Also written: Persone B; P. B',
    );
    // The conflict itself lives on the Sources page; the drawer links there.
    const disagree = within(drawer.getByRole('group', { name: 'Where sources disagree' }));
    expect(
      disagree.getByRole('link', { name: 'Person B’s title in May 2024 — see the conflict' }),
    ).toHaveAttribute('href', '/sources/#conflict-conflict-b');
  });

  it('lists its sections under “On this page”, after the newest role, each moving focus to its heading', async () => {
    renderWithProviders(<PersonDetail id="person-b" />, {
      dataset: makePeopleDataset(),
      url: '/?open=person:person-b',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Person B' }));
    const contents = within(drawer.getByRole('navigation', { name: 'On this page' }));
    expect(contents.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Meetings led',
      'Roles over time',
      'Other spellings',
      'Where sources disagree',
    ]);
    await userEvent.click(contents.getByRole('link', { name: 'Where sources disagree' }));
    expect(drawer.getByRole('heading', { name: 'Where sources disagree' })).toHaveFocus();
  });

  it('opens a meeting led in place', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PersonDetail id="person-b" />, {
      dataset: makePeopleDataset(),
      url: '/?open=person:person-b',
    });
    await user.click(screen.getByRole('link', { name: 'A round 1' }));
    await waitFor(() => expect(openParam()).toBe('meeting:meeting-1'));
  });

  it('as of a day, shows only the roles seen and meetings held by then, and says more came later', () => {
    renderWithProviders(<PersonDetail id="person-b" />, {
      dataset: makePeopleDataset(),
      url: '/?asof=2023-06-01&open=person:person-b',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Person B' }));
    expect(
      drawer.getByText('The newest title a source gives, on 11 April 2022.'),
    ).toBeInTheDocument();
    expect(
      within(drawer.getByRole('group', { name: 'Meetings led' }))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['A round 1']);
    expect(drawer.getByRole('group', { name: 'Roles over time' })).toHaveTextContent(
      '3 more, seen after 1 June 2023, are not shown as of that date.',
    );
    expect(drawer.queryByText('Special Envoy')).not.toBeInTheDocument();
  });

  it('says so when no meeting names the person and no role is seen by the "as of" day', () => {
    renderWithProviders(<PersonDetail id="person-b" />, {
      dataset: makePeopleDataset(),
      url: '/?asof=2022-01-01&open=person:person-b',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Person B' }));
    expect(
      drawer.getByText(
        'No role of this person is recorded by 1 January 2022, the “View as of” date.',
      ),
    ).toBeInTheDocument();
    expect(
      drawer.getByText('No meeting in this view names this person as a co-chair.'),
    ).toBeInTheDocument();
  });

  it('says clearly that an unknown id names no person in the dataset', () => {
    renderWithProviders(<PersonDetail id="nobody" />, {
      dataset: makePeopleDataset(),
      url: '/?open=person:nobody',
    });
    const drawer = within(screen.getByRole('dialog', { name: 'Person not found' }));
    expect(
      drawer.getByText(
        'No person with the id “nobody” is in this dataset. The link may be out of date.',
      ),
    ).toBeInTheDocument();
  });
});

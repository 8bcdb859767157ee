import fc from 'fast-check';
import {
  compareByMiddle,
  calendarDateProblem,
  comparePartialDates,
  daysInMonth,
  endOfPartialDate,
  formatPartialDate,
  partialDateToTime,
  precisionOf,
  startOfPartialDate,
  yearAxisTicks,
  yearOf,
  YEAR_TICKS_MAX,
} from '@/lib/dates';

/** A number as zero-padded digits, for writing generated dates. */
const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe(precisionOf, () => {
  it.each([
    ['2024', 'year'],
    ['2024-05', 'month'],
    ['2024-05-20', 'day'],
    ['24-05-20', null],
    ['2024-5-20', null],
    ['', null],
  ])('%s has precision %s', (value, expected) => {
    expect(precisionOf(value)).toBe(expected);
  });
});

describe(calendarDateProblem, () => {
  it('accepts real dates at every precision, including 29 February in a leap year', () => {
    for (const value of ['2024', '2024-12', '2024-02-29', '2000-02-29'])
      expect(calendarDateProblem(value)).toBeNull();
  });

  it('names the month length when the day does not exist', () => {
    expect(calendarDateProblem('2024-02-30')).toBe(
      '2024-02-30 is not a calendar date (February 2024 has 29 days)',
    );
    expect(calendarDateProblem('2023-02-29')).toBe(
      '2023-02-29 is not a calendar date (February 2023 has 28 days)',
    );
    expect(calendarDateProblem('1900-02-29')).toMatch(/February 1900 has 28 days/);
  });

  it('accepts exactly the days the calendar has, in any year 0000–9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const real =
            month >= 1 &&
            month <= 12 &&
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(calendarDateProblem(value) === null).toBe(real);
          expect(calendarDateProblem(value.slice(0, 7)) === null).toBe(month >= 1 && month <= 12);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses month 13, day 0 and text that is not a date', () => {
    expect(calendarDateProblem('2024-13')).toMatch(/month 13 does not exist/);
    expect(calendarDateProblem('2024-01-00')).toMatch(/January 2024 has 31 days/);
    expect(calendarDateProblem('next year')).toMatch(/not a date in the form/);
  });
});

describe(startOfPartialDate, () => {
  it('returns the first day of the period', () => {
    expect(startOfPartialDate('2025')).toBe('2025-01-01');
    expect(startOfPartialDate('2024-02')).toBe('2024-02-01');
    expect(startOfPartialDate('2024-02-10')).toBe('2024-02-10');
  });
});

describe(endOfPartialDate, () => {
  it('returns the last day of the period, leap years included', () => {
    expect(endOfPartialDate('2025')).toBe('2025-12-31');
    expect(endOfPartialDate('2024-02')).toBe('2024-02-29');
    expect(endOfPartialDate('2023-02')).toBe('2023-02-28');
    expect(endOfPartialDate('2024-02-10')).toBe('2024-02-10');
  });
});

describe(comparePartialDates, () => {
  it('orders by first possible day, coarser date first on ties', () => {
    const sorted = ['2024-05-20', '2024', '2023-01-24', '2024-01', '2024-01-01'].toSorted(
      comparePartialDates,
    );
    expect(sorted).toEqual(['2023-01-24', '2024', '2024-01', '2024-01-01', '2024-05-20']);
  });

  it('compares two days directly, equal days as equal', () => {
    expect(comparePartialDates('2024-05-20', '2024-05-20')).toBe(0);
    expect(comparePartialDates('2024-05-21', '2024-05-20')).toBeGreaterThan(0);
    expect(comparePartialDates('2023-12-31', '2024-01-01')).toBeLessThan(0);
  });
});

describe(formatPartialDate, () => {
  it('writes the date at its precision', () => {
    expect(formatPartialDate('2024-05-20')).toBe('20 May 2024');
    expect(formatPartialDate('2022-04-01')).toBe('1 April 2022');
    expect(formatPartialDate('2024-05')).toBe('May 2024');
    expect(formatPartialDate('2025')).toBe('2025');
  });

  it('marks uncertain dates with "c."', () => {
    expect(formatPartialDate('2024', true)).toBe('c. 2024');
  });
});

describe(yearOf, () => {
  it('reads the year of any precision', () => {
    expect(yearOf('2024-05-20')).toBe(2024);
    expect(yearOf('2025')).toBe(2025);
  });
});

describe(partialDateToTime, () => {
  it('puts a day at its start, a month or year at its middle (UTC)', () => {
    expect(new Date(partialDateToTime('2024-05-20')).toISOString()).toBe(
      '2024-05-20T00:00:00.000Z',
    );
    expect(new Date(partialDateToTime('2024-02')).toISOString()).toBe('2024-02-15T00:00:00.000Z');
    expect(new Date(partialDateToTime('2025')).toISOString()).toBe('2025-07-02T00:00:00.000Z');
  });

  it('agrees with parsing the ISO text, for any date of years 0000–9999', () => {
    const iso = (text: string) => Date.parse(`${text}T00:00:00Z`);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, dayWish) => {
          const yyyy = pad(year, 4);
          const yyyyMm = `${yyyy}-${pad(month, 2)}`;
          const last = daysInMonth(year, month);
          // The last day by the calendar: the day before the first of the next month.
          const next = month === 12 ? `${pad(year + 1, 4)}-01` : `${yyyy}-${pad(month + 1, 2)}`;
          if (year < 9999 || month < 12)
            expect(iso(`${next}-01`) - iso(`${yyyyMm}-01`)).toBe(last * 86_400_000);
          const day = `${yyyyMm}-${pad(Math.min(dayWish, last), 2)}`;
          expect(partialDateToTime(day)).toBe(iso(day));
          const middle = (start: string, end: string) =>
            iso(start) + Math.floor((iso(end) - iso(start)) / 2);
          expect(partialDateToTime(yyyyMm)).toBe(
            middle(`${yyyyMm}-01`, `${yyyyMm}-${pad(last, 2)}`),
          );
          expect(partialDateToTime(yyyy)).toBe(middle(`${yyyy}-01-01`, `${yyyy}-12-31`));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe(compareByMiddle, () => {
  it('orders dates by the middle of their period, the coarser first on a tie', () => {
    expect(['2025', '2025-01-23', '2025-12', '2024-12-31'].toSorted(compareByMiddle)).toEqual([
      '2024-12-31',
      '2025-01-23',
      '2025',
      '2025-12',
    ]);
    expect(compareByMiddle('2025-07', '2025-07-16')).toBeLessThan(0);
    expect(compareByMiddle('2025-05-02', '2025-05-02')).toBe(0);
  });
});

describe(yearAxisTicks, () => {
  const years = (ticks: number[]) => ticks.map((tick) => new Date(tick).getUTCFullYear());

  it('ticks every year from the first to the end of the last while that fits', () => {
    expect(years(yearAxisTicks(2022, 2026))).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(years(yearAxisTicks(2024, 2024))).toEqual([2024, 2025]);
    expect(yearAxisTicks(2024, 2024)[0]).toBe(Date.UTC(2024, 0, 1));
  });

  it('ticks round years, every 2nd, 5th, 10th…, once there would be too many', () => {
    expect(years(yearAxisTicks(2000, 2040, 30))).toEqual([
      2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028,
      2030, 2032, 2034, 2036, 2038, 2040,
    ]);
    expect(years(yearAxisTicks(1850, 2026))).toEqual([
      1850, 1860, 1870, 1880, 1890, 1900, 1910, 1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990,
      2000, 2010, 2020,
    ]);
  });

  it('never gives more than the maximum, however long the span', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.nat(20000), (first, span) => {
        const ticks = yearAxisTicks(first, first + span);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(YEAR_TICKS_MAX);
      }),
    );
  });
});

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import TrainingStartDates from '../../src/components/training/TrainingStartDates.astro';
import { upcomingStartDates } from '../../src/lib/startDates';
import { article } from '../../src/schemas/article';
import { person } from '../../src/schemas/person';

// Outside Astro, image() is replaced by a plain string so the rest of the schema can be tested.
const image = (() => z.string()) as never;

const training = {
  title: 'Samenwerken met bewonersinitiatieven kun je leren',
  lead: 'Via de Buurkracht Academie deelt Buurkracht wat het in ruim twaalf jaar heeft geleerd.',
  date: new Date('2026-11-26'),
  edition: '2025',
  kind: 'academie',
  themes: ['kennis-en-leren'],
  hero: { src: '../illustrations/x.png', alt: 'Open boeken boven een rij huizen.' },
  course: { name: 'Samenwerken met bewonersinitiatieven in de energietransitie', format: 'één trainingsdag en zes intervisiebijeenkomsten' },
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('training start dates', () => {
  it('the academie schema keeps an editable list of start dates, empty by default', () => {
    const parsed = article(image).parse(training);
    expect(parsed.kind === 'academie' && parsed.course?.startDates).toEqual([]);
    const withDates = article(image).parse({ ...training, course: { ...training.course, startDates: [{ date: '2026-03-10', location: 'Utrecht' }] } });
    expect(withDates.kind === 'academie' && withDates.course?.startDates[0]?.date).toEqual(day('2026-03-10'));
  });

  it('refuses a start date that is not a date, and says what it found', () => {
    const r = article(image).safeParse({ ...training, course: { ...training.course, startDates: [{ date: 'maart' }] } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('course.startDates.0.date');
    expect(r.error?.issues[0]?.message).toMatch(/verwacht een datum als JJJJ-MM-DD, gevonden: "maart"/);
  });

  it('lists today and later dates, earliest first, and drops the ones that have passed', () => {
    const dates = [{ date: day('2026-05-01') }, { date: day('2026-01-01') }, { date: day('2026-03-10') }];
    expect(upcomingStartDates(dates, new Date('2026-03-10T12:00:00Z')).map((d) => d.date.toISOString().slice(0, 10))).toEqual(['2026-03-10', '2026-05-01']);
    expect(upcomingStartDates(dates, new Date('2026-06-01T00:00:00Z'))).toEqual([]);
  });

  const render = async (startDates: { date: Date; location?: string; note?: string }[], today = new Date('2026-02-01T00:00:00Z')) => {
    const container = await AstroContainer.create();
    const piece = { id: 'training', collection: 'articles', data: { kind: 'academie', course: { ...training.course, startDates } } };
    // Dev rendering adds data-astro-* attributes; what a reader gets is the markup without them.
    return (await container.renderToString(TrainingStartDates, { props: { piece, today } })).replace(/\s+data-astro-[\w-]+(?:="[^"]*")?/g, '');
  };

  it('shows the coming dates with the printed contact address', async () => {
    const html = await render([{ date: day('2026-03-10'), location: 'Utrecht', note: 'nog drie plaatsen' }, { date: day('2025-10-01') }]);
    expect(html).toContain('id="startdata"');
    expect(html).toContain('<time datetime="2026-03-10">10 maart 2026</time>');
    expect(html).toContain('</time>, Utrecht (nog drie plaatsen)');
    expect(html).not.toContain('2025-10-01');
    expect(html).toContain('href="mailto:support@buurkracht.nl?subject=');
  });

  it('without coming dates, says how to hear of new ones through the printed contact address', async () => {
    const html = await render([{ date: day('2025-10-01') }]);
    expect(html).not.toContain('<time');
    expect(html).toMatch(/Wil je bericht krijgen zodra er nieuwe data zijn\?/);
    expect(html).toContain('href="mailto:support@buurkracht.nl?subject=Startdata%20training%20Samenwerken');
  });

  it('shows nothing under a piece that is not about a course', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TrainingStartDates, { props: { piece: { id: 'x', collection: 'actions', data: {} } } });
    expect(html).not.toContain('startdata');
  });
});

describe('people', () => {
  it('a role is optional: the print does not give everyone one', () => {
    expect(person.parse({ name: 'Rob van Diemen' })).toEqual({ name: 'Rob van Diemen' });
    expect(person.safeParse({ name: 'Rob van Diemen', role: '' }).success).toBe(false);
  });
});

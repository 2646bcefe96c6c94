import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUBJECT_STATES } from '../cases/workflow.js';
import { writeDatasetCsv } from './dataset-writer.js';
import { generateDataset, type GeneratedRow } from './generate.js';
import { tagGroupOf } from './truth.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'warrant-synthetic-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const hashes = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

describe('generateDataset', () => {
  it('writes byte-identical CSV files and truth for the same seed, and different ones for another seed', async () => {
    const a = tempDir();
    const b = tempDir();
    const c = tempDir();
    await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 42 }), dir: a });
    await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 42 }), dir: b });
    await writeDatasetCsv({ dataset: generateDataset({ scale: 'demo', seed: 43 }), dir: c });
    const first = hashes(a);
    expect(Object.keys(first)).toContain('allegation.csv');
    expect(Object.keys(first)).toContain('truth.json');
    expect(hashes(b)).toEqual(first);
    const other = hashes(c);
    expect(other['person.csv']).not.toBe(first['person.csv']);
    expect(other['allegation.csv']).not.toBe(first['allegation.csv']);
  }, 30_000);

  it('spreads names as real names are spread, so namesakes are as rare as in life', () => {
    // Smith is about 1.3% of people in England and Wales, the 300 commonest surnames a third; the commonest given
    // name of a birth cohort 3–6%. Version 6 drew surnames from the common names alone: Smith was 4.5% of people
    // and 854 surnames covered 45,000, which made same-name, same-birthday namesakes several times too common.
    const rows = [...generateDataset({ scale: 'demo', seed: 7, people: 10_000 }).rows];
    const sexOf = new Map(rows.filter((r) => r.table === 'person').map((r) => [String(r.row.id), String(r.row.sex)]));
    const names = rows.filter((r) => r.table === 'person_name' && r.row.kind === 'current').map((r) => r.row);
    const shares = (values: readonly string[]): number[] => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      return [...counts.values()].sort((a, b) => b - a).map((n) => n / values.length);
    };
    const family = shares(names.map((n) => String(n.family_name)));
    expect(names.length).toBeGreaterThan(9_000);
    expect(family[0]).toBeGreaterThan(0.008);
    expect(family[0]).toBeLessThan(0.02);
    expect(family.length).toBeGreaterThan(2_000);
    expect(family.slice(0, 300).reduce((a, b) => a + b, 0)).toBeLessThan(0.6);
    for (const sex of ['female', 'male']) {
      const given = shares(names.filter((n) => sexOf.get(String(n.person_id)) === sex).map((n) => String(n.given_names)));
      expect(given[0], sex).toBeGreaterThan(0.025);
      expect(given[0], sex).toBeLessThan(0.07);
    }
  });

  it('gives everyone a fictional address history, which a re-registered person\'s new record shares with the old', () => {
    const dataset = generateDataset({ scale: 'demo', seed: 2026, people: 10_000 });
    const postcodes = new Map<string, Set<string>>();
    const people: string[] = [];
    for (const { table, row } of dataset.rows) {
      if (table === 'person') people.push(String(row.id));
      if (table !== 'person_address') continue;
      // No real postcode area starts with Q or X: the synthetic addresses can be nobody's.
      expect(String(row.postcode)).toMatch(/^[QX][A-Z]\d{1,2} \d[ABD-HJLNP-UW-Z]{2}$/);
      if (row.to_date !== null) expect(String(row.to_date) >= String(row.from_date)).toBe(true);
      postcodes.set(String(row.person_id), (postcodes.get(String(row.person_id)) ?? new Set()).add(String(row.postcode)));
    }
    expect(people.every((id) => (postcodes.get(id)?.size ?? 0) > 0)).toBe(true);
    const links = dataset.truth().identityLinks;
    const shared = links.filter((l) => [...(postcodes.get(l.personId) ?? [])].some((p) => postcodes.get(l.variantPersonId)?.has(p)));
    // Measured: all 17 links of this seed; on the nation dataset 415 of 418 re-registrations are matched with
    // the help of a shared postcode or none against (an HR record that missed every move of the years declared
    // is what can keep two records of one person apart).
    expect(links.length).toBe(17);
    expect(shared.length).toBeGreaterThanOrEqual(16);
    // Strangers almost never share one: among 2,000 pairs of people listed one after the other (a re-registration
    // follows its original: those pairs are left out), none or one.
    const linked = new Set(links.map((l) => `${l.personId} ${l.variantPersonId}`));
    let strangers = 0;
    for (let i = 0; i + 1 < 2_000; i += 1) {
      const [a, b] = [people[i] ?? '', people[i + 1] ?? ''];
      if (!linked.has(`${a} ${b}`) && [...(postcodes.get(a) ?? [])].some((p) => postcodes.get(b)?.has(p))) strangers += 1;
    }
    expect(strangers).toBeLessThanOrEqual(1);
  });

  it('puts subjects in every workflow state, each consistent with what its state implies', () => {
    const rows = [...generateDataset({ scale: 'demo', seed: 5 }).rows];
    const subjects = rows.filter((r) => r.table === 'case_subject').map((r) => r.row);
    const states = new Set(subjects.map((s) => s.state));
    for (const state of SUBJECT_STATES) expect(states, `state ${state}`).toContain(state);
    const received = new Map(rows.filter((r) => r.table === 'misconduct_case').map((r) => [r.row.id, String(r.row.received_on)]));
    const eventsBySubject = new Map<string, string[]>();
    for (const { table, row } of rows) {
      if (table !== 'case_event' || row.subject_id === null || row.to_state === null) continue;
      const list = eventsBySubject.get(String(row.subject_id)) ?? [];
      list.push(String(row.decided_on));
      eventsBySubject.set(String(row.subject_id), list);
    }
    for (const s of subjects) {
      const state = String(s.state);
      if (s.outcome !== null) expect(['outcome_recorded', 'under_appeal', 'closed']).toContain(state);
      if (['assessed', 'referral_decided', 'under_investigation', 'report_submitted', 'awaiting_proceedings', 'proceedings_arranged', 'outcome_recorded', 'under_appeal'].includes(state)) {
        expect(['misconduct', 'gross_misconduct']).toContain(s.severity);
      }
      if (['logged', 'recorded', 'outside_schedule_3'].includes(state)) expect(s.severity).toBeNull();
      if (['awaiting_proceedings', 'proceedings_arranged', 'outcome_recorded', 'under_appeal'].includes(state)) expect(String(s.case_to_answer)).toMatch(/^case_to_answer/);
      if (s.proceedings_on !== null && s.outcome_on !== null) expect(String(s.outcome_on) >= String(s.proceedings_on)).toBe(true);
      // The decisions that explain the state come in date order, none before the matter was received.
      const dates = eventsBySubject.get(String(s.id)) ?? [];
      if (state !== 'logged' && state !== 'recorded') expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort()).toEqual(dates);
      const start = received.get(s.case_id) ?? '';
      for (const d of dates) expect(d >= start).toBe(true);
    }
    // One subject record per person and case, as intake requires (a matter joins a colleague's case, never one
    // the person is already a subject of).
    const pairs = subjects.map((s) => `${String(s.case_id)} ${String(s.person_id)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('plants the ethnicity rate ratios, the Casey repeat shape and lower case-to-answer rates for sexual and discriminatory allegations', () => {
    const dataset = generateDataset({ scale: 'force', seed: 11, people: 30_000 });
    const ethnicity = new Map<string, string>();
    const subjectsPerPerson = new Map<string, number>();
    const dismissed = new Set<string>();
    const cta = { sexual_misconduct: { decided: 0, yes: 0 }, discrimination: { decided: 0, yes: 0 }, other: { decided: 0, yes: 0 } };
    for (const { table, row } of dataset.rows as Iterable<GeneratedRow>) {
      if (table === 'person_characteristic') ethnicity.set(String(row.person_id), String(row.ethnicity));
      if (table === 'case_subject') {
        const person = String(row.person_id);
        subjectsPerPerson.set(person, (subjectsPerPerson.get(person) ?? 0) + 1);
        if (row.outcome === 'dismissal_without_notice' || row.outcome === 'would_have_been_dismissed') dismissed.add(person);
      }
      if (table === 'allegation' && row.case_to_answer !== null) {
        const group = cta[tagGroupOf(row.tags as string[])];
        group.decided += 1;
        if (row.case_to_answer === true) group.yes += 1;
      }
    }
    const rate = (group: string): number => {
      const people = [...ethnicity].filter(([, e]) => e === group).map(([p]) => p);
      return people.filter((p) => subjectsPerPerson.has(p)).length / people.length;
    };
    expect(rate('black') / rate('white')).toBeGreaterThan(1.81 * 0.88);
    expect(rate('black') / rate('white')).toBeLessThan(1.81 * 1.12);
    expect(rate('asian') / rate('white')).toBeGreaterThan(1.55 * 0.9);
    expect(rate('asian') / rate('white')).toBeLessThan(1.55 * 1.1);

    const counts = [...subjectsPerPerson.values()];
    const repeats = counts.filter((n) => n > 1);
    expect(repeats.length / counts.length).toBeGreaterThan(0.18);
    expect(repeats.length / counts.length).toBeLessThan(0.22);
    expect(repeats.filter((n) => n >= 3 && n <= 5).length / repeats.length).toBeGreaterThan(0.23);
    expect(repeats.filter((n) => n >= 3 && n <= 5).length / repeats.length).toBeLessThan(0.33);
    expect(repeats.filter((n) => n >= 6).length / repeats.length).toBeGreaterThan(0.005);
    expect(repeats.filter((n) => n >= 6).length / repeats.length).toBeLessThan(0.04);
    const repeatPeople = [...subjectsPerPerson].filter(([, n]) => n > 1).map(([p]) => p);
    expect(repeatPeople.filter((p) => dismissed.has(p)).length / repeatPeople.length).toBeLessThan(0.01);

    const ctaRate = (g: keyof typeof cta) => cta[g].yes / cta[g].decided;
    expect(ctaRate('sexual_misconduct')).toBeCloseTo(0.18, 1);
    expect(ctaRate('discrimination')).toBeCloseTo(0.2, 1);
    expect(ctaRate('other')).toBeCloseTo(0.36, 1);
    expect(ctaRate('sexual_misconduct')).toBeLessThan(ctaRate('other') - 0.1);
    expect(ctaRate('discrimination')).toBeLessThan(ctaRate('other') - 0.1);

    // truth.json reports the same figures the rows give.
    const truth = dataset.truth();
    expect(truth.realised.ethnicity.black.rri).toBeCloseTo(rate('black') / rate('white'), 3);
    expect(truth.realised.repeat.peopleWithAny).toBe(counts.length);
    // 30,000 people with their vetting: several seconds on a busy two-core machine.
  }, 60_000);

  it('lists planted high-risk careers and variant identities that point at real rows', () => {
    const dataset = generateDataset({ scale: 'demo', seed: 3 });
    const people = new Map<string, { given: string; family: string; dob: string }>();
    const subjectsOf = new Map<string, number>();
    for (const { table, row } of dataset.rows) {
      if (table === 'person') people.set(String(row.id), { given: String(row.given_names), family: String(row.family_name), dob: String(row.date_of_birth) });
      if (table === 'case_subject') subjectsOf.set(String(row.person_id), (subjectsOf.get(String(row.person_id)) ?? 0) + 1);
    }
    const truth = dataset.truth();
    expect(truth.highRisk.escalatingSexualOrDomesticAbuse.length).toBeGreaterThan(0);
    for (const e of truth.highRisk.escalatingSexualOrDomesticAbuse) expect(subjectsOf.get(e.personId)).toBeGreaterThanOrEqual(3);
    expect(truth.highRisk.movedWhileUnderAllegation.length).toBeGreaterThan(0);
    expect(truth.identityLinks.length).toBeGreaterThan(0);
    for (const link of truth.identityLinks) {
      const original = people.get(link.personId);
      const variant = people.get(link.variantPersonId);
      expect(original).toBeDefined();
      expect(variant).toBeDefined();
      expect(variant).not.toEqual(original);
      if (link.variations.includes('dob_day_month_swapped') && original && variant) {
        const [y, m, d] = original.dob.split('-');
        expect(variant.dob).toBe(`${y}-${d}-${m}`);
      }
    }
  });

  it('gives a planted mover who transfers a further matter in the new force, after the move, and leaves every other row as it was', () => {
    const dataset = generateDataset({ scale: 'demo', seed: 2026, people: 10_000 });
    const cases = new Map<string, { force: string; received: string }>();
    const subjects = new Map<string, string[]>();
    const jobs = new Map<string, { force: string; start: string }[]>();
    for (const { table, row } of dataset.rows) {
      if (table === 'misconduct_case') cases.set(String(row.id), { force: String(row.force_id), received: String(row.received_on) });
      if (table === 'case_subject') subjects.set(String(row.case_id), [...(subjects.get(String(row.case_id)) ?? []), String(row.person_id)]);
      if (table === 'employment') jobs.set(String(row.person_id), [...(jobs.get(String(row.person_id)) ?? []), { force: String(row.force_id), start: String(row.start_date) }]);
    }
    const movers = dataset.truth().highRisk.movedWhileUnderAllegation;
    const transferred = movers.filter((m) => m.leavingReason === 'transferred');
    const carriedOn = transferred.filter((m) => m.laterCaseId !== null);
    expect(carriedOn.length).toBeGreaterThanOrEqual(2);
    // Movers move at any time in the history, not only near its end, so a model trained on earlier years can
    // see a move followed by a further matter (generator v6; v5 put every move after 2023). Measured with v7: 20
    // movers, 9 of them left before 2021, 1 since 2024 (the window for a move closes 14 months before the end).
    const leftOn = movers.map((m) => m.leftOn).sort();
    expect(movers.length).toBe(20);
    expect(leftOn.filter((d) => d < '2021-01-01').length).toBeGreaterThanOrEqual(4);
    expect(leftOn.filter((d) => d >= '2024-01-01').length).toBeGreaterThanOrEqual(1);
    for (const m of carriedOn) {
      const later = cases.get(m.laterCaseId ?? '');
      expect(later?.force).toBe(m.toForce);
      expect(later?.received).toBe(m.laterReceivedOn);
      expect(String(later?.received) > m.leftOn).toBe(true);
      const start = (jobs.get(m.personId) ?? []).find((j) => j.force === m.toForce)?.start ?? '';
      expect(String(later?.received) > start).toBe(true);
      // A matter of their own: nobody else is a subject of it.
      expect(subjects.get(m.laterCaseId ?? '')).toEqual([m.personId]);
    }
    for (const m of movers.filter((x) => x.leavingReason !== 'transferred')) expect(m.laterCaseId).toBeNull();

    // The later matters come from their own random stream: people, careers and vetting are the rows they were.
    const rowsOf = (tables: readonly string[]) => [...generateDataset({ scale: 'demo', seed: 2026, people: 10_000 }).rows].filter((r) => tables.includes(r.table)).map((r) => JSON.stringify(r.row));
    const people = rowsOf(['person', 'employment', 'vetting_application', 'vetting_clearance']);
    expect(people.length).toBeGreaterThan(20_000);
    expect(createHash('sha256').update(people.join('\n')).digest('hex')).toBe(PEOPLE_AND_VETTING_SHA256);
  });
});

// sha256 of the person, employment, vetting_application and vetting_clearance rows of seed 2026, as generator
// version 7 made them (realistic surname frequencies: names steer later draws, such as whether a given name has a
// nickname, so every row after the first name differs from version 6). Version 5 (planted movers carry on in
// their new force) left version 4's value unchanged, which is what this pins: the later matters do not move any
// other row.
const PEOPLE_AND_VETTING_SHA256 = '3b9b9b7cbb141d92f0f26737b448f1ca937e2756ad0e16c3ee33a9d79769ba7a';

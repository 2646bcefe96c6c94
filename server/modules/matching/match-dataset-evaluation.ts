// Reads a generated dataset (truth.json and the CSVs beside it) and evaluates the engine on both kinds of
// planted link: people re-registered in another force under a variant identity, and serving people who are
// on a list under a variant identity.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../errors.js';
import { readCsv } from '../../cli/read-csv.js';
import { sexOf, type AddressPeriod, type PersonRecord, type ServicePeriod } from './person-features.js';
import { evaluateLinkage, type Evaluation } from './match-evaluation.js';

type TruthFile = {
  format?: string;
  identityLinks?: { personId: string; variantPersonId: string }[];
  listEntryLinks?: { personId: string; listEntryId: string }[];
};

/** A generated dataset read as the engine sees it: register and list records, and the planted true pairs of each linkage. */
export type EvaluationDataset = {
  register: PersonRecord[];
  lists: PersonRecord[];
  registerDuplicates: [string, string][];
  registerAgainstLists: [string, string][];
};

/** `nameFrequencies`: exact names weigh by how common they are among the records of each linkage (not the default). */
export async function evaluateOnDataset(truthFile: string, options: { nameFrequencies?: boolean } = {}): Promise<Record<string, Evaluation>> {
  const data = await loadEvaluationDataset(truthFile);
  const counted = options.nameFrequencies === true;
  return {
    'register duplicates (movers)': evaluateLinkage(data.register, null, data.registerDuplicates, counted),
    'register against the lists': evaluateLinkage(data.register, data.lists, data.registerAgainstLists, counted),
  };
}

export async function loadEvaluationDataset(truthFile: string): Promise<EvaluationDataset> {
  let truth: TruthFile;
  try {
    truth = JSON.parse(await readFile(truthFile, 'utf8')) as TruthFile;
  } catch (error) {
    throw new AppError('MALFORMED_REQUEST', `cannot read ${truthFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (truth.format !== 'warrant-synthetic-truth/1') throw new AppError('VALIDATION_FAILED', `${truthFile} is not a Warrant truth file (format ${truth.format ?? 'missing'})`);
  const dir = dirname(truthFile);
  const [people, names, entries, employments] = await Promise.all(['person', 'person_name', 'list_entry', 'employment'].map((t) => readCsv(join(dir, `${t}.csv`))));
  if (!people || !names || !entries || !employments) throw new Error('unreachable');
  // Address histories came with version 8 of the generator; an earlier dataset is evaluated without them.
  const addressFile = join(dir, 'person_address.csv');
  const addresses = new Map<string, AddressPeriod[]>();
  for (const a of existsSync(addressFile) ? await readCsv(addressFile) : []) {
    if (!a.person_id || !a.postcode || !a.from_date) continue;
    addresses.set(a.person_id, [...(addresses.get(a.person_id) ?? []), { postcode: a.postcode, from: a.from_date, to: a.to_date || null, declared: a.source === 'vetting_declaration' }]);
  }
  const service = new Map<string, ServicePeriod[]>();
  for (const e of employments) {
    if (!e.person_id || !e.force_id || !e.start_date) continue;
    service.set(e.person_id, [...(service.get(e.person_id) ?? []), { forceId: e.force_id, start: e.start_date, end: e.end_date || null }]);
  }
  const previous = new Map<string, string[]>();
  for (const n of names) {
    if (n.kind === 'current' || !n.person_id || !n.family_name) continue;
    previous.set(n.person_id, [...(previous.get(n.person_id) ?? []), n.family_name]);
  }
  // The register's records carry what the register knows besides names: recorded sex, periods of service and
  // address histories.
  const register: PersonRecord[] = people.map((p) => ({
    id: p.id ?? '', givenNames: p.given_names ?? '', familyName: p.family_name ?? '', dateOfBirth: p.date_of_birth || null, otherFamilyNames: previous.get(p.id ?? '') ?? [],
    recordedSex: sexOf(p.sex), service: service.get(p.id ?? '') ?? [], addresses: addresses.get(p.id ?? '') ?? [],
  }));
  // An entry Warrant made from its own case names its person: the register's sex and service come with it.
  const sexById = new Map(register.map((r) => [r.id, r.recordedSex ?? null]));
  const lists: PersonRecord[] = entries.map((e) => ({
    id: e.id ?? '', givenNames: e.given_names ?? '', familyName: e.family_name ?? '', dateOfBirth: e.date_of_birth || null,
    otherFamilyNames: (e.other_family_names ?? '').replace(/^\{|\}$/g, '').split(/[;,]/).map((s) => s.replaceAll('"', '').trim()).filter(Boolean),
    recordedSex: e.person_id ? sexById.get(e.person_id) ?? null : null, service: e.person_id ? service.get(e.person_id) ?? [] : [],
  }));
  // One human may hold several register records (a mover re-registered under a variant identity): a list
  // entry of that human truly matches each of them.
  const sameHuman = new Map<string, string[]>();
  for (const l of truth.identityLinks ?? []) {
    const group = [...new Set([...(sameHuman.get(l.personId) ?? [l.personId]), ...(sameHuman.get(l.variantPersonId) ?? [l.variantPersonId])])];
    for (const id of group) sameHuman.set(id, group);
  }
  const recordsOf = (personId: string): string[] => sameHuman.get(personId) ?? [personId];
  return {
    register,
    lists,
    registerDuplicates: (truth.identityLinks ?? []).map((l) => [l.personId, l.variantPersonId]),
    // Entries Warrant made from its own cases name their person: those links are true too.
    registerAgainstLists: [
      ...(truth.listEntryLinks ?? []).flatMap((l) => recordsOf(l.personId).map((id): [string, string] => [id, l.listEntryId])),
      ...entries.filter((e) => e.person_id && e.id).flatMap((e) => recordsOf(e.person_id ?? '').map((id): [string, string] => [id, e.id ?? ''])),
    ],
  };
}

// Who may review which samples. qa:sample gives the reach (auditors every force; vetting managers and chief
// officers their own), and a reviewer only samples decisions their role could already read: vetting decisions need
// vetting:read or vetting:consistency, case decisions need case:read. So a vetting manager reviews vetting
// decisions, never case files they could not otherwise open. Anything out of reach is answered 404.
import { decide, reachOf, type Action, type Actor } from '../../../shared/policy.js';
import { QA_POPULATIONS, type QaPopulation } from '../../../shared/qa-vocabulary.js';

const POPULATION_READ: Record<QaPopulation, readonly Action[]> = {
  vetting_decision: ['vetting:read', 'vetting:consistency'],
  case_decision: ['case:read'],
};

/** Whether the actor may read this kind of decision in the force (null: in every force). */
export function mayReadPopulation(actor: Actor, population: QaPopulation, forceId: string | null): boolean {
  return POPULATION_READ[population].some((action) => (forceId === null ? reachOf(actor, action) === 'national' : decide(actor, action, { forceIds: [forceId] }) === 'allow'));
}

/** Whether the actor reaches the sample's force with qa:sample (a national sample needs national reach). */
export function reachesSampleForce(actor: Actor, forceId: string | null): boolean {
  return forceId === null ? reachOf(actor, 'qa:sample') === 'national' : decide(actor, 'qa:sample', { forceIds: [forceId] }) === 'allow';
}

export function canSeeSample(actor: Actor, sample: { forceId: string | null; population: QaPopulation }): boolean {
  return reachesSampleForce(actor, sample.forceId) && mayReadPopulation(actor, sample.population, sample.forceId);
}

/** The populations the actor reviews somewhere: for the form's choices. */
export function populationsOf(actor: Actor): QaPopulation[] {
  return QA_POPULATIONS.filter((p) => POPULATION_READ[p].some((action) => reachOf(actor, action) !== null));
}

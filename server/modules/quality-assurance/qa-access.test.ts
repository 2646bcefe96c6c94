import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/policy.js';
import { canSeeSample, mayReadPopulation, populationsOf } from './qa-access.js';

const actor = (role: Actor['roles'][number], forceId: string | null = 'MPS'): Actor => ({ id: 'u', roles: [role], forceId });

describe('who reviews which samples', () => {
  it('lets an auditor review both kinds of decision in every force, and national samples', () => {
    expect(populationsOf(actor('auditor', null))).toEqual(['vetting_decision', 'case_decision']);
    expect(canSeeSample(actor('auditor', null), { forceId: null, population: 'case_decision' })).toBe(true);
    expect(canSeeSample(actor('auditor', null), { forceId: 'WMP', population: 'vetting_decision' })).toBe(true);
  });

  it('keeps a vetting manager to vetting decisions of their own force', () => {
    const manager = actor('vetting_manager');
    expect(populationsOf(manager)).toEqual(['vetting_decision']);
    expect(canSeeSample(manager, { forceId: 'MPS', population: 'vetting_decision' })).toBe(true);
    expect(canSeeSample(manager, { forceId: 'MPS', population: 'case_decision' })).toBe(false);
    expect(canSeeSample(manager, { forceId: 'WMP', population: 'vetting_decision' })).toBe(false);
    expect(canSeeSample(manager, { forceId: null, population: 'vetting_decision' })).toBe(false);
  });

  it('lets a chief officer review both kinds in their own force only', () => {
    const chief = actor('chief_officer');
    expect(mayReadPopulation(chief, 'vetting_decision', 'MPS')).toBe(true);
    expect(mayReadPopulation(chief, 'case_decision', 'MPS')).toBe(true);
    expect(mayReadPopulation(chief, 'case_decision', 'WMP')).toBe(false);
  });

  it('gives nothing to a role without qa:sample', () => {
    expect(canSeeSample(actor('appropriate_authority'), { forceId: 'MPS', population: 'case_decision' })).toBe(false);
  });
});

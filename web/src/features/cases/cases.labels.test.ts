import { describe, expect, it } from 'vitest';
import { SUBJECT_STATES, TRANSITION_ACTIONS, TRANSITIONS } from '../../../../server/modules/cases/workflow.js';
import { ACTION_LABELS, EVENT_LABELS, labelFor, SUBJECT_STATE_LABELS, THEMATIC_TAG_LABELS } from './cases.labels.js';

// The server keeps its states and steps in server/modules/cases/workflow.ts rather than in the shared vocabulary,
// so these tables are checked against it here: a new state or step fails this test until it has a label.
describe('case labels', () => {
  it('label every subject state of the workflow, and nothing else', () => {
    expect(Object.keys(SUBJECT_STATE_LABELS).sort()).toEqual([...SUBJECT_STATES].sort());
  });

  it('label every workflow step, for its button and for the timeline', () => {
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...TRANSITION_ACTIONS].sort());
    for (const action of TRANSITION_ACTIONS) expect(EVENT_LABELS[action]).toBeDefined();
  });

  it('call each step what the server calls it, give or take "the matter"', () => {
    for (const transition of TRANSITIONS) {
      expect(ACTION_LABELS[transition.action].startsWith(transition.label), transition.action).toBe(true);
    }
  });

  it('label every thematic tag as the tag definitions do', () => {
    expect(THEMATIC_TAG_LABELS.homophobia).toBe('Homophobia, biphobia or transphobia');
    expect(THEMATIC_TAG_LABELS.criminal_links).toBe('Criminal associations');
  });

  it('turn a code without a label into words rather than show the code', () => {
    expect(labelFor(SUBJECT_STATE_LABELS, 'awaiting_panel')).toBe('Awaiting panel');
    expect(labelFor(SUBJECT_STATE_LABELS, null, 'Not known')).toBe('Not known');
  });
});

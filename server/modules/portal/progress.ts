// What a complainant is told when they check progress: the portal status and, once it is a case, the case's
// stage in plain English. Nothing here names an officer, a severity or a decision the complainant is not told.
import type { ProgressStage } from '../../../shared/portal-vocabulary.js';
import type { SubjectState } from '../cases/workflow.js';
import { SUBJECT_STATES } from '../cases/workflow.js';

export type Progress = { stage: ProgressStage; headline: string; explanation: string };

const CASE_STAGE: Record<SubjectState, string> = {
  logged: 'The force has logged your complaint and is deciding how to handle it.',
  outside_schedule_3: 'The force is dealing with your complaint without a formal investigation, as you agreed (for example, with an explanation or an apology).',
  recorded: 'The force has formally recorded your complaint and is assessing how serious it is.',
  assessed: 'The force is deciding whether your complaint must be referred to the Independent Office for Police Conduct (IOPC).',
  reflective_practice: 'The officer’s practice is being reviewed so that they learn from what happened (reflective practice).',
  referral_decided: 'An investigation into your complaint is about to start.',
  under_investigation: 'Your complaint is being investigated.',
  report_submitted: 'The investigation has finished. The force is deciding whether there is a case to answer.',
  awaiting_proceedings: 'The force has decided there is a case to answer and is arranging a misconduct meeting or hearing.',
  proceedings_arranged: 'A misconduct meeting or hearing has been arranged.',
  outcome_recorded: 'An outcome has been decided. It can still be appealed.',
  under_appeal: 'The outcome is being appealed.',
  closed: 'Your complaint has been dealt with and the case is closed.',
  withdrawn: 'The case has been withdrawn.',
};

const isFinished = (state: SubjectState): boolean => state === 'closed' || state === 'withdrawn';

/** The stage of a case with several subjects is the least advanced open one: the complaint is not done until all are. */
export function caseProgress(states: readonly SubjectState[]): Progress {
  const open = states.filter((s) => !isFinished(s));
  if (open.length === 0) {
    return { stage: 'closed', headline: 'Closed', explanation: states.includes('closed') ? CASE_STAGE.closed : CASE_STAGE.withdrawn };
  }
  const earliest = [...open].sort((a, b) => SUBJECT_STATES.indexOf(a) - SUBJECT_STATES.indexOf(b))[0] ?? 'logged';
  return { stage: 'recorded_as_case', headline: 'Recorded as a complaint', explanation: CASE_STAGE[earliest] };
}

export function receivedProgress(forceName: string | null): Progress {
  return {
    stage: 'received',
    headline: 'Received',
    explanation: forceName
      ? `The professional standards department of ${forceName} has your complaint and will decide how to handle it.`
      : 'We are working out which police force should deal with your complaint.',
  };
}

export const CLOSED_WITHOUT_CASE: Progress = {
  stage: 'closed',
  headline: 'Closed',
  explanation: 'The force closed your complaint without recording it as a case.',
};

// The stages of one subject's matter for the GOV.UK task list on the case page: which are done, which is next,
// which cannot start yet and which the matter did not need. Worked out from the subject's state and the events
// recorded since it was last re-opened, following the statutory workflow (server/modules/cases/workflow.ts).
import type { TCaseEvent, TCaseSubject } from './cases.api.js';

export type StageStatus = 'completed' | 'to_do' | 'in_progress' | 'optional' | 'cannot_start_yet' | 'not_needed' | 'withdrawn';

export type Stage = { key: StageKey; name: string; status: StageStatus };

type StageKey = 'handling' | 'severity' | 'reflective' | 'referral' | 'investigation' | 'regulation17' | 'report' | 'case_to_answer' | 'proceedings' | 'outcome' | 'appeal' | 'close';

type StageDefinition = { key: StageKey; name: string; doneBy: readonly string[] };

// In the order a matter goes through them.
const STAGES: readonly StageDefinition[] = [
  { key: 'handling', name: 'Decide how the complaint is handled', doneBy: ['record_complaint', 'handle_outside_schedule_3'] },
  { key: 'severity', name: 'Assess severity', doneBy: ['assess_severity'] },
  { key: 'reflective', name: 'Reflective practice', doneBy: ['complete_reflective_practice'] },
  { key: 'referral', name: 'Decide IOPC referral', doneBy: ['decide_iopc_referral'] },
  { key: 'investigation', name: 'Start the investigation', doneBy: ['start_investigation'] },
  { key: 'regulation17', name: 'Serve the Regulation 17 notice', doneBy: ['serve_regulation_17_notice'] },
  { key: 'report', name: 'Submit the investigation report', doneBy: ['submit_investigation_report'] },
  { key: 'case_to_answer', name: 'Decide case to answer', doneBy: ['decide_case_to_answer'] },
  { key: 'proceedings', name: 'Arrange the meeting or hearing', doneBy: ['arrange_proceedings'] },
  { key: 'outcome', name: 'Record the outcome', doneBy: ['record_outcome'] },
  { key: 'appeal', name: 'Appeal', doneBy: ['decide_appeal'] },
  { key: 'close', name: 'Close', doneBy: ['close'] },
];

/** The stage a subject in this state waits on. */
function nextStage(subject: TCaseSubject): StageKey | null {
  switch (subject.state) {
    case 'logged': return 'handling';
    case 'outside_schedule_3': return 'close';
    case 'recorded': return 'severity';
    case 'assessed': return 'referral';
    case 'reflective_practice': return 'reflective';
    case 'referral_decided': return 'investigation';
    case 'under_investigation': return subject.regulation17ServedOn ? 'report' : 'regulation17';
    case 'report_submitted': return 'case_to_answer';
    case 'awaiting_proceedings': return 'proceedings';
    case 'proceedings_arranged': return 'outcome';
    case 'outcome_recorded': return 'close';
    case 'under_appeal': return 'appeal';
    default: return null;
  }
}

/** States off the main path: what lies beyond them in the list will not happen, apart from closing. */
const SIDE_TRACKS = new Set(['outside_schedule_3', 'reflective_practice']);

export function subjectStages(subject: TCaseSubject, events: readonly TCaseEvent[], isComplaint: boolean): Stage[] {
  const own = events.filter((event) => event.subjectId === subject.id);
  const lastReopen = own.map((event) => event.action).lastIndexOf('reopen');
  const done = new Set(own.slice(lastReopen + 1).map((event) => event.action));
  const next = nextStage(subject);
  const nextIndex = STAGES.findIndex((stage) => stage.key === next);
  const ended = subject.state === 'closed' || subject.state === 'withdrawn';

  const shown = STAGES.filter((stage) => {
    if (stage.key === 'handling') return isComplaint;
    if (stage.key === 'reflective') return subject.state === 'reflective_practice' || done.has('complete_reflective_practice');
    return true;
  });

  return shown.map((stage): Stage => {
    const index = STAGES.indexOf(stage);
    const status = ((): StageStatus => {
      if (stage.key === 'close') {
        if (subject.state === 'closed') return 'completed';
        if (subject.state === 'withdrawn') return 'withdrawn';
      }
      if (stage.doneBy.some((action) => done.has(action))) return 'completed';
      if (stage.key === next) return stage.key === 'appeal' ? 'in_progress' : 'to_do';
      // After an outcome, an appeal may or may not be lodged.
      if (stage.key === 'appeal' && subject.state === 'outcome_recorded') return 'optional';
      if (ended) return 'not_needed';
      if (SIDE_TRACKS.has(subject.state)) return stage.key === 'close' ? 'cannot_start_yet' : 'not_needed';
      return index > nextIndex ? 'cannot_start_yet' : 'not_needed';
    })();
    return { key: stage.key, name: stage.name, status };
  });
}

import { Link, useRouteLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TSession } from '../../../shared/contracts.js';
import type { Action } from '../../../shared/policy.js';
import { usePageTitle } from '../components/page-title.js';
import { requireUser } from '../features/auth/session.js';

export async function homeLoader({ request }: LoaderFunctionArgs): Promise<null> {
  await requireUser(request);
  return null;
}

// Link texts differ from the navigation's ("People", "Users", "Audit") so each link has a unique name.
const TASKS: readonly { requires: Action; href: string; text: string; description: string }[] = [
  {
    requires: 'person:search',
    href: '/people',
    text: 'Search for a person',
    description: 'Find officers, staff and volunteers by name, previous name, date of birth, collar number or force, and see their career across forces.',
  },
  {
    requires: 'person:create',
    href: '/people/new',
    text: 'Add someone to the register',
    description: 'Record a new officer, member of staff or volunteer with their first employment.',
  },
  {
    requires: 'case:list',
    href: '/cases',
    text: 'Work on complaints and misconduct cases',
    description: 'Find cases by stage, thematic tag or what is overdue, record a new case, and take the next decision on it.',
  },
  {
    requires: 'intake:triage',
    href: '/intake',
    text: 'Take in complaints from the public',
    description: 'Read complaints made through the public complaint form, send those whose force was not known to the right force, and record each as a case or close it with a reason.',
  },
  {
    requires: 'integrity:handle',
    href: '/integrity-reports',
    text: 'Handle anonymous reports from staff',
    description: 'Read reports made through the integrity line, write to the anonymous reporter, tell them how their report is progressing, and make a case from a report.',
  },
  {
    requires: 'hearing:publish',
    href: '/hearing-notices',
    text: 'Publish notices of misconduct hearings',
    description: 'Draft the public notice of each misconduct hearing from the case, decide to publish it with any details withheld and why, and add the outcome afterwards.',
  },
  {
    requires: 'qa:sample',
    href: '/quality-assurance',
    text: 'Dip-sample decisions for quality assurance',
    description: 'Draw a reproducible random sample of closed vetting or case decisions, review each against the checklist, and see where reviewers disagree.',
  },
  {
    requires: 'qa:checklists',
    href: '/quality-assurance/checklists',
    text: 'Change the review checklists',
    description: 'See the questions reviewers answer about each sampled vetting or case decision in every force, and make a new version of them.',
  },
  {
    requires: 'qa:respond',
    href: '/decision-reviews',
    text: 'See reviews of your decisions',
    description: 'Read quality-assurance reviews that disagreed with a decision you made, and respond to them.',
  },
  {
    requires: 'list:check',
    href: '/list-checks',
    text: 'Check the Barred and Advisory Lists',
    description: 'Check someone before they are hired, transferred or vetted, with the reasons for every possible match.',
  },
  {
    requires: 'wash:run',
    href: '/data-wash',
    text: 'Run a data wash',
    description: 'Check your whole workforce against the lists and against open cases in other forces, and follow its progress.',
  },
  {
    requires: 'match:review',
    href: '/match-reviews',
    text: 'Review possible matches',
    description: 'Compare the records the data wash linked and confirm or reject each one, with your reasons.',
  },
  {
    requires: 'vetting:read',
    href: '/vetting',
    text: 'Vet applicants and people already cleared',
    description: 'Open applications, record every minimum check and adverse information, decide and approve, and work through expiring clearances, reviews and integrity reviews.',
  },
  {
    requires: 'vetting:outcome',
    href: '/vetting/hr-actions',
    text: 'Act on vetting withdrawals',
    description: 'See whose vetting clearance was withdrawn and record the action HR took.',
  },
  {
    requires: 'vetting:consistency',
    href: '/vetting/consistency',
    text: 'Audit vetting decisions',
    description: 'Grant and refusal rates by adverse category and by decider, and every grant made despite adverse information.',
  },
  {
    requires: 'user:list',
    href: '/admin/users',
    text: 'Manage accounts',
    description: 'See who can use Warrant and create accounts with the right roles.',
  },
  {
    requires: 'mail:outbox',
    href: '/admin/outbox',
    text: 'Read the mail outbox',
    description: 'See every email Warrant wrote, such as complaint references and codes, and whether it was sent.',
  },
  {
    requires: 'audit:read',
    href: '/audit',
    text: 'Review the activity record',
    description: 'See the latest recorded actions and check that the record has not been altered.',
  },
];

export function HomePage() {
  const session = useRouteLoaderData<TSession | null>('root');
  usePageTitle('Home');
  const user = session?.user;
  const tasks = TASKS.filter((task) => user?.permissions.includes(task.requires));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Welcome to Warrant</h1>
        <p className="govuk-body-l">Warrant brings together the career and integrity history of people who work in policing in England and Wales.</p>
        {tasks.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">What you can do</h2>
            <ul className="govuk-list app-task-links">
              {tasks.map((task) => (
                <li key={task.href} className="govuk-!-margin-bottom-6">
                  <Link className="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold govuk-!-font-size-24" to={task.href}>
                    {task.text}
                  </Link>
                  <p className="govuk-body govuk-!-margin-top-1">{task.description}</p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">Your account does not give you access to any tasks yet. Contact your force’s Warrant administrator.</p>
        )}
      </div>
    </div>
  );
}

// Synthetic Barred and Advisory List entries, imported the way `warrant lists import` imports the College of
// Policing's lists (importListEntries). One is a serving MPS officer under a variant of their given name, dismissed
// elsewhere before joining: what a list check or the data wash exists to find. The other names are invented and
// drawn from outside the register's name pools, so they match no one by chance. (Entries made from Warrant's own
// cases come from demo-cases.ts, through the College report.)
import type { Tx } from '../../db/client.js';
import { cliContext } from '../../context.js';
import { addDays } from '../clock/working-days.js';
import { importListEntries } from '../national-index/list-entry.service.js';
import { GIVEN_NAME_VARIANTS, type Member } from './demo-cast.js';
import { daysAgo } from './demo-dates.js';

type Row = { list: 'barred' | 'advisory'; given_names: string; family_name: string; date_of_birth: string; last_force: string; role: string; reason: string; decided_on: string };

export async function importDemoListEntries(tx: Tx, { today, variantMatch }: { today: string; variantMatch: Member }): Promise<number> {
  const ago = (days: number) => daysAgo(today, days);
  const rows: Row[] = [
    {
      list: 'barred', given_names: GIVEN_NAME_VARIANTS[variantMatch.givenNames] ?? variantMatch.givenNames, family_name: variantMatch.familyName,
      date_of_birth: variantMatch.dateOfBirth, last_force: 'ESX', role: 'Constable',
      reason: 'Gross misconduct: honesty and integrity (false expenses and overtime claims over two years)',
      decided_on: addDays(variantMatch.job.startDate, -410),
    },
    { list: 'barred', given_names: 'Desmond', family_name: 'Fairweather', date_of_birth: '1979-02-11', last_force: 'SUR', role: 'Sergeant', reason: 'Gross misconduct: discreditable conduct (a sexual relationship with a vulnerable witness)', decided_on: ago(1170) },
    { list: 'barred', given_names: 'Lorraine', family_name: 'Atherton-Pike', date_of_birth: '1985-07-30', last_force: 'NTT', role: 'Police staff', reason: 'Gross misconduct: confidentiality (passed intelligence to a criminal associate)', decided_on: ago(980) },
    { list: 'barred', given_names: 'Ifeanyi', family_name: 'Ogunbanjo-Reid', date_of_birth: '1992-09-09', last_force: 'WMP', role: 'Constable', reason: 'Gross misconduct: discreditable conduct (domestic abuse)', decided_on: ago(385) },
    { list: 'advisory', given_names: 'Kieran', family_name: 'Wolstenholme', date_of_birth: '1990-12-02', last_force: 'TVP', role: 'Police staff', reason: 'Resigned while under investigation for misuse of police systems', decided_on: ago(525) },
    { list: 'advisory', given_names: 'Bronwen', family_name: 'Tregarthen', date_of_birth: '1988-04-17', last_force: 'DP', role: 'Constable', reason: 'Retired while under investigation for racist messages in a group chat', decided_on: ago(300) },
  ];
  // Nested in the seed's transaction (a savepoint), so a failed import leaves nothing behind.
  const result = await importListEntries({ db: tx, ctx: cliContext(), rows });
  if (result.rejected.length > 0) throw new Error(`demo list entries rejected: ${JSON.stringify(result.rejected)}`);
  return result.imported;
}

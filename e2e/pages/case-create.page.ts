// Record a case: about the case, complainants and witnesses, then each subject (chosen from the register) with
// their allegations.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { CasePage } from './case.page.js';

export type NewAllegation = {
  description: string;
  occurredOn?: string;
  place?: string;
  /** Labels as shown: "Discreditable conduct", "Individual behaviours", "Misogyny". */
  standard: string;
  category: string;
  tags: readonly string[];
};

export type NewCase = {
  /** The label of a "Where the case came from" radio, e.g. "Conduct matter (internal)". */
  source: string;
  receivedOn: string;
  summary: string;
  restricted?: boolean;
  /** Who to search the register for, and how to tell the right result (e.g. by date of birth as shown). */
  subject: { search: string; rowText?: string };
  allegations: readonly NewAllegation[];
};

export class CaseCreatePage extends CaseForm {
  readonly heading: Locator;
  readonly recordButton: Locator;

  private constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Record a case', exact: true });
    this.recordButton = page.getByRole('main').getByRole('button', { name: 'Record case', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<CaseCreatePage> {
    const create = new CaseCreatePage(page);
    await create.heading.waitFor();
    await create.recordButton.waitFor();
    return create;
  }

  async submit(): Promise<void> {
    await this.recordButton.click();
  }

  private subjectSection(index: number): Locator {
    return this.page.getByRole('main').getByRole('region', { name: `Subject ${index + 1}`, exact: true });
  }

  /** Searches the register for a subject and selects the first result (containing rowText, if given); returns their name. */
  async chooseSubject(index: number, search: string, rowText?: string): Promise<string> {
    const section = this.subjectSection(index);
    await section.getByLabel('Search the register by name', { exact: true }).fill(search);
    await section.getByRole('button', { name: `Search for subject ${index + 1}`, exact: true }).click();
    const results = section.getByRole('table', { name: `People matching your search for subject ${index + 1}` });
    await results.waitFor();
    const rows = results.getByRole('row').filter({ has: this.page.getByRole('button', { name: /^Select / }) });
    const row = rowText ? rows.filter({ hasText: rowText }).first() : rows.first();
    const name = (await row.getByRole('cell').first().innerText()).split('\n')[0]?.trim() ?? '';
    await row.getByRole('button', { name: /^Select / }).click();
    await section.getByRole('button', { name: `Change subject ${index + 1}`, exact: true }).waitFor();
    return name;
  }

  async fillAllegation(subjectIndex: number, index: number, allegation: NewAllegation): Promise<void> {
    const group = this.subjectSection(subjectIndex).getByRole('group', { name: `Allegation ${index + 1}`, exact: true });
    const form = new CaseForm(this.page, group);
    await form.fillText('What is alleged', allegation.description);
    if (allegation.occurredOn) await form.fillDate('When it happened (optional)', allegation.occurredOn);
    if (allegation.place) await form.fillText('Where it happened (optional)', allegation.place);
    await form.select('Standard of Professional Behaviour', allegation.standard);
    await form.select('IOPC complaint category', allegation.category);
    for (const tag of allegation.tags) await form.tick(tag);
  }

  /** The definition shown under a thematic tag's checkbox, as someone classifying reads it. */
  async tagDefinition(tag: string): Promise<string> {
    const checkbox = this.subjectSection(0).getByRole('checkbox', { name: tag, exact: true }).first();
    const describedBy = (await checkbox.getAttribute('aria-describedby')) ?? '';
    return (await this.page.locator(`[id="${describedBy}"]`).innerText()).trim();
  }

  /** Fills in the whole form; returns the name of the subject chosen. */
  async fill(newCase: NewCase): Promise<string> {
    await this.choose('Where the case came from', newCase.source);
    await this.fillDate('Date received', newCase.receivedOn);
    await this.fillText('Summary', newCase.summary);
    if (newCase.restricted) await this.tick('Restricted case');
    const name = await this.chooseSubject(0, newCase.subject.search, newCase.subject.rowText);
    for (const [index, allegation] of newCase.allegations.entries()) {
      if (index > 0) await this.subjectSection(0).getByRole('button', { name: 'Add another allegation against subject 1', exact: true }).click();
      await this.fillAllegation(0, index, allegation);
    }
    return name;
  }

  /** Records the case and waits for its page. */
  async record(newCase: NewCase): Promise<{ casePage: CasePage; subjectName: string }> {
    const subjectName = await this.fill(newCase);
    await this.submit();
    return { casePage: await CasePage.verifyOnPage(this.page), subjectName };
  }
}

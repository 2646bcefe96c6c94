// Adding an early-warning rule (/alerts/rules/new) and changing one (/alerts/rules/:code/edit, which saves a new
// version). The form builds the rule definition: its kind decides which fields show (a count's period and threshold,
// a peer comparison's percentile and minimum, the warnings, the lists), and the filters choose which allegations
// count. The server's refusals land on the field they name (see rule-form.ts).
import { useState, type FormEvent } from 'react';
import { data, Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs, type Params } from 'react-router';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TRule } from '../../../../shared/signal-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { fieldId } from '../cases/case-form-errors.js';
import { choicesOf, SOURCE_LABELS, THEMATIC_TAG_LABELS } from '../cases/cases.labels.js';
import { canChangeRule, hasFilters, NATIONAL, readNewRule, readRuleInput, ruleFormDefaults, ruleFormErrors, type RuleFormDefaults } from './rule-form.js';
import { RULES_PATH } from './rules.page.js';
import { isRuleKind, LIST_LABELS, RULE_KIND_HINTS, RULE_KIND_LABELS, SEVERITY_LABELS, WARNING_LABELS, type RuleKind } from './signals.labels.js';
import { setSignalsFlash } from './signals-flash.js';
import { changeRule, createRule, listRules } from './signals.api.js';

const RULE_CODE = /^[a-z0-9-]{3,60}$/;

type EditLoaderData = { rule: TRule | null; forces: TForce[]; user: TCurrentUser };

/** The rule named in the address, if this user may change it: otherwise the page does not exist or is refused. */
async function loadRuleToChange(params: Params, user: TCurrentUser, signal: AbortSignal): Promise<TRule> {
  const code = params.code;
  if (!code || !RULE_CODE.test(code)) throw data(null, { status: 404 });
  const rule = (await listRules(signal)).find((r) => r.code === code);
  if (!rule) throw data(null, { status: 404 });
  if (!canChangeRule(user, rule)) throw data(null, { status: 403 });
  return rule;
}

export async function ruleNewLoader({ request }: LoaderFunctionArgs): Promise<EditLoaderData> {
  try {
    const user = await requirePermission(request, 'signal:rules');
    return { rule: null, forces: await listForces(request.signal), user };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function ruleEditLoader({ request, params }: LoaderFunctionArgs): Promise<EditLoaderData> {
  try {
    const user = await requirePermission(request, 'signal:rules');
    const [rule, forces] = await Promise.all([loadRuleToChange(params, user, request.signal), listForces(request.signal)]);
    return { rule, forces, user };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type EditActionData = { errors: FormError[] };

function refusal(error: unknown): EditActionData {
  if (isApiError(error) && (error.status === 400 || error.status === 403 || error.status === 409)) return { errors: ruleFormErrors(error) };
  throw error;
}

export async function ruleNewAction({ request }: ActionFunctionArgs): Promise<EditActionData | Response> {
  try {
    const user = await requirePermission(request, 'signal:rules');
    const parsed = readNewRule(await request.formData(), user.forceId === null ? {} : { fixedForceId: user.forceId });
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const created = await createRule(parsed.request);
      setSignalsFlash(RULES_PATH, `Rule added: ${created.name}`);
      return redirect(RULES_PATH);
    } catch (error) {
      return refusal(error);
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function ruleEditAction({ request, params }: ActionFunctionArgs): Promise<EditActionData | Response> {
  try {
    const user = await requirePermission(request, 'signal:rules');
    const rule = await loadRuleToChange(params, user, request.signal);
    const parsed = readRuleInput(await request.formData());
    if (!parsed.request) return { errors: parsed.errors };
    try {
      const changed = await changeRule(rule.code, parsed.request);
      setSignalsFlash(RULES_PATH, `Rule changed: ${changed.name} is now version ${changed.version}`);
      return redirect(RULES_PATH);
    } catch (error) {
      return refusal(error);
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type FieldsProps = { defaults: RuleFormDefaults; errors: readonly FormError[] };

const message = (errors: readonly FormError[], path: string) => errorFor(errors, path)?.message;

function NumberField({ path, label, hint, defaultValue, errors }: { path: string; label: string; hint?: string; defaultValue: string; errors: readonly FormError[] }) {
  return (
    <TextInput
      id={fieldId(path)}
      label={label}
      hint={hint}
      error={message(errors, path)}
      defaultValue={defaultValue}
      inputMode="numeric"
      spellCheck={false}
      autoComplete="off"
      widthClass="govuk-input--width-4"
    />
  );
}

function ChoiceList({ path, legend, hint, labels, defaults, errors }: { path: string; legend: string; hint?: string; labels: Readonly<Record<string, string>>; defaults: readonly string[]; errors: readonly FormError[] }) {
  return (
    <Checkboxes id={fieldId(path)} legend={legend} hint={hint} error={message(errors, path)} small defaultValues={defaults} items={choicesOf(labels)} />
  );
}

function KindFields({ kind, defaults, errors }: FieldsProps & { kind: RuleKind }) {
  switch (kind) {
    case 'count':
      return (
        <>
          <NumberField path="definition.windowMonths" label="Period in months" hint="Counts allegations received in this many months before the evaluation. Leave blank to count over the whole career" defaultValue={defaults.windowMonths} errors={errors} />
          <NumberField path="definition.threshold" label="Threshold" hint="Alert at this many allegations or more" defaultValue={defaults.threshold} errors={errors} />
        </>
      );
    case 'peer_percentile':
      return (
        <>
          <NumberField path="definition.windowMonths" label="Period in months" hint="Compares allegations received in this many months" defaultValue={defaults.windowMonths || '12'} errors={errors} />
          <NumberField path="definition.percentile" label="Percentile" hint="Alert above this percentile of peers, from 50 to 99.9; for example, 95 is the top 5%" defaultValue={defaults.percentile} errors={errors} />
          <NumberField path="definition.minAllegations" label="Minimum number of allegations" hint="Never alert on fewer than this, whatever the peers" defaultValue={defaults.minAllegations} errors={errors} />
        </>
      );
    case 'during_live_warning':
      return <ChoiceList path="definition.warnings" legend="Which warnings?" hint="Select all that apply" labels={WARNING_LABELS} defaults={defaults.warnings} errors={errors} />;
    case 'list_match':
      return <ChoiceList path="definition.lists" legend="Which lists?" hint="Select all that apply" labels={LIST_LABELS} defaults={defaults.lists} errors={errors} />;
    case 'during_vetting_review':
      return null;
  }
}

function FilterFields({ defaults, errors }: FieldsProps) {
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Which allegations count</h2>
      </legend>
      <p className="govuk-body">Leave a list empty to count allegations of any kind. Within a list, an allegation counts if it has any of the choices.</p>
      <ChoiceList path="definition.filters.tags" legend="Thematic tags" labels={THEMATIC_TAG_LABELS} defaults={defaults.tags} errors={errors} />
      <ChoiceList path="definition.filters.standards" legend="Standards of Professional Behaviour" labels={STANDARD_LABELS} defaults={defaults.standards} errors={errors} />
      <ChoiceList path="definition.filters.categories" legend="IOPC categories" labels={IOPC_CATEGORY_LABELS} defaults={defaults.categories} errors={errors} />
      <ChoiceList path="definition.filters.sources" legend="Sources" labels={SOURCE_LABELS} defaults={defaults.sources} errors={errors} />
      <Checkboxes
        id={fieldId('definition.filters.excludeNoCaseToAnswer')}
        legend="No case to answer"
        error={message(errors, 'definition.filters.excludeNoCaseToAnswer')}
        small
        defaultValues={defaults.excludeNoCaseToAnswer ? ['true'] : []}
        items={[{ value: 'true', text: 'Leave out allegations that ended in no case to answer' }]}
      />
    </fieldset>
  );
}

function ScopeField({ user, forces, errors }: { user: TCurrentUser; forces: readonly TForce[]; errors: readonly FormError[] }) {
  if (user.forceId !== null) {
    return (
      <SummaryList>
        <SummaryRow label="Scope">{user.forceName ?? user.forceId} only</SummaryRow>
      </SummaryList>
    );
  }
  return (
    <Select
      id="forceId"
      label="Scope"
      hint="A national rule applies in every force; a force’s rule only to people whose current force it is"
      error={message(errors, 'forceId')}
      defaultValue={NATIONAL}
      options={[{ value: NATIONAL, text: 'National (every force)' }, ...forces.map((force) => ({ value: force.id, text: force.name }))]}
    />
  );
}

function scopeName(rule: TRule, forces: readonly TForce[]): string {
  if (rule.forceId === null) return 'National (every force)';
  return forces.find((force) => force.id === rule.forceId)?.name ?? rule.forceId;
}

function RuleEditContent({ loaded }: { loaded: EditLoaderData }) {
  const { rule, forces, user } = loaded;
  const actionData = useActionData<typeof ruleEditAction>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  const defaults = ruleFormDefaults(rule ?? undefined);
  const [kind, setKind] = useState<RuleKind>(defaults.kind);
  const title = rule ? `Change the rule ‘${rule.name}’` : 'Add an early-warning rule';
  usePageTitle(title, errors.length > 0);

  // The kind decides which fields the definition takes, so they change as it is chosen.
  function handleChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name === fieldId('definition.kind') && isRuleKind(target.value)) setKind(target.value);
  }

  return (
    <>
      <Link to={RULES_PATH} className="govuk-back-link">
        Back to the rules
      </Link>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            {rule && <span className="govuk-caption-l">Early-warning rules</span>}
            {title}
          </h1>
          {rule ? (
            <>
              <SummaryList>
                <SummaryRow label="Code">
                  <span className="app-code">{rule.code}</span>
                </SummaryRow>
                <SummaryRow label="Scope">{scopeName(rule, forces)}</SummaryRow>
                <SummaryRow label="Current version">
                  {rule.version}: {rule.description}
                </SummaryRow>
              </SummaryList>
              <p className="govuk-body">
                Saving adds version {rule.version + 1}. Alerts already raised keep the version that raised them, and their dispositions.
              </p>
            </>
          ) : null}
          <Form method="post" noValidate onChange={handleChange}>
            {!rule && (
              <>
                <TextInput
                  id="code"
                  label="Code"
                  hint="3 to 60 lower-case letters, digits and hyphens, for example mps-racism-2-in-2-years. It cannot be changed later"
                  error={message(errors, 'code')}
                  autoComplete="off"
                  spellCheck={false}
                  widthClass="govuk-!-width-two-thirds"
                />
                <ScopeField user={user} forces={forces} errors={errors} />
              </>
            )}
            <TextInput id="name" label="Name" hint="How the rule is named in the alert queue" error={message(errors, 'name')} defaultValue={defaults.name} autoComplete="off" />
            <Radios
              id="severity"
              legend="Severity"
              hint="The queue shows high-severity alerts first"
              error={message(errors, 'severity')}
              inline
              defaultValue={defaults.severity}
              items={choicesOf(SEVERITY_LABELS)}
            />
            <Select
              id={fieldId('definition.kind')}
              label="Kind of rule"
              hint={RULE_KIND_HINTS[kind]}
              error={message(errors, 'definition.kind')}
              defaultValue={defaults.kind}
              options={choicesOf(RULE_KIND_LABELS)}
            />
            <KindFields kind={kind} defaults={defaults} errors={errors} />
            {hasFilters(kind) && <FilterFields defaults={defaults} errors={errors} />}
            <Checkboxes
              id="active"
              legend="Active"
              error={message(errors, 'active')}
              defaultValues={defaults.active ? ['true'] : []}
              items={[{ value: 'true', text: 'The rule is active', hint: 'An inactive rule raises no new alerts; alerts it raised stay in the queue' }]}
            />
            <Textarea
              id="reason"
              label={rule ? 'Why are you changing this rule?' : 'Why are you adding this rule?'}
              hint="Kept with this version and shown in the list of rules"
              error={message(errors, 'reason')}
              rows={4}
            />
            <div className="govuk-button-group">
              <SubmitButton isBusy={navigation.state === 'submitting'}>{rule ? `Save as version ${rule.version + 1}` : 'Add rule'}</SubmitButton>
              <Link className="govuk-link" to={RULES_PATH}>
                Cancel
              </Link>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}

export function RuleEditPage() {
  const loaded = useLoaderData<typeof ruleEditLoader>();
  // Another rule (or a new one) starts a fresh form: its kind and fields come from that rule.
  return <RuleEditContent key={loaded.rule?.code ?? 'new'} loaded={loaded} />;
}

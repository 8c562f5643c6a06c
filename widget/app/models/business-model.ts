import { batch, computed, signal } from "@preact/signals";
import type { TCustomerView } from "../api/types";
import { byPath, type TIssues } from "../validation/identity-rules";
import { companyDraftFrom, ownerDraftFrom, toggleActivity, type TCompanyDraft, type TOwnerDraft } from "./business-drafts";
import { checkCompany, checkOwner, checkOwnersList, companyPayload, ownerPayload } from "./business-rules";
import type { TOnboardingModel } from "./onboarding-model";
import { businessDocumentSlots } from "./business-steps";
import { dueSteps, type TStepId } from "./steps";

type TForm = "company" | "owner" | "owners" | "documents";

/**
 * The business steps' state and actions (issue 5), loaded with those steps, so
 * an individual's first step carries none of it. It uses the onboarding model's
 * kit (the same API call with token renewal, customer updates, moves and server
 * error mapping), so both flows follow one set of rules.
 * @example const business = createBusinessModel(model); await business.saveCompany();
 */
export function createBusinessModel(model: TOnboardingModel) {
  const { kit } = model;
  const customer = () => model.customer.value!;
  const company = signal<TCompanyDraft>(companyDraftFrom(customer()));
  const owner = signal<TOwnerDraft | null>(null);
  const attested = signal(customer().ownersAttestedComplete === true);
  const touched = signal<Record<string, true>>({});
  const attempted = signal<Partial<Record<TForm, true>>>({});
  const threshold = computed(() => model.customer.value?.ownershipThreshold ?? 25);
  const ubos = computed(() => model.customer.value?.ubos ?? []);

  /** Client errors of touched fields (all after a Continue), then the server's. */
  const shown = (form: TForm, issues: TIssues): TIssues => {
    const visible: TIssues = {};
    for (const [path, found] of Object.entries(issues)) if (attempted.value[form] || touched.value[path]) visible[path] = found;
    return { ...visible, ...kit.serverErrors.value };
  };
  const companyErrors = computed(() => shown("company", checkCompany(company.value, customer())));
  const ownerErrors = computed(() =>
    owner.value ? shown("owner", checkOwner(owner.value, ubos.value, { threshold: threshold.value, today: kit.today() })) : {},
  );
  const listErrors = computed(() => shown("owners", checkOwnersList(ubos.value, attested.value, threshold.value)));
  const documentErrors = computed(() => shown("documents", byPath(businessDocumentSlots(customer()).filter((s) => s.due).map((s) => ({ path: s.key, code: "document_required", message: "Upload this document." })))));

  /** Tries an action; on client errors announces how many, on server errors maps them by path (the model's `persist`). */
  async function save(form: TForm, issues: TIssues, request: Parameters<TOnboardingModel["kit"]["persist"]>[0]): Promise<TCustomerView | null> {
    attempted.value = { ...attempted.value, [form]: true };
    const count = Object.keys(issues).length;
    if (count) return kit.announce("errors.summary", { count }), null;
    const next = await kit.persist(request);
    if (next) kit.announce("app.saved");
    return next;
  }

  const send = (method: string, path: string, body?: unknown) => () => kit.api.send!(method, path, body);

  return {
    company, owner, attested, threshold, ubos, companyErrors, ownerErrors, listErrors, documentErrors,
    touch(path: string): void {
      if (!touched.value[path]) touched.value = { ...touched.value, [path]: true };
    },
    /** Type choice: fixes the type server-side, then plans the flow of that type. */
    async chooseType(type: "individual" | "business"): Promise<void> {
      const next = await save("company", {}, () => kit.api.updateCustomer({ type }));
      if (!next) return;
      // Re-planned for the chosen type; "type" stays in the stepper as done.
      kit.planned.value = ["type", ...dueSteps(next.requirements, next.type)] as TStepId[];
      if (type === "business") company.value = companyDraftFrom(next);
      kit.advance("type");
    },
    editCompany<K extends keyof TCompanyDraft>(key: K, value: TCompanyDraft[K]): void {
      company.value = { ...company.value, [key]: value };
    },
    editCompanyAddress(key: keyof TCompanyDraft["address"], value: string): void {
      company.value = { ...company.value, address: { ...company.value.address, [key]: value } };
    },
    toggleActivity(activity: string, on: boolean): void {
      company.value = { ...company.value, highRiskActivities: toggleActivity(company.value.highRiskActivities, activity, on) };
    },
    async saveCompany(): Promise<boolean> {
      const next = await save("company", checkCompany(company.value, customer()), () => kit.api.updateCustomer(companyPayload(company.value)));
      if (next) kit.advance("company");
      return Boolean(next);
    },
    /** Opens the owner form: a new owner (`null`) or a stored one. */
    editOwner(uboId: string | null): void {
      batch(() => {
        owner.value = ownerDraftFrom(ubos.value.find((u) => u.id === uboId) ?? null);
        attempted.value = { ...attempted.value, owner: undefined };
        touched.value = {};
      });
    },
    editOwnerField<K extends keyof TOwnerDraft>(key: K, value: TOwnerDraft[K]): void {
      if (owner.value) owner.value = { ...owner.value, [key]: value };
    },
    editOwnerAddress(key: keyof TOwnerDraft["address"], value: string): void {
      if (owner.value) owner.value = { ...owner.value, address: { ...owner.value.address, [key]: value } };
    },
    cancelOwner(): void {
      owner.value = null;
      kit.serverErrors.value = {};
    },
    async saveOwner(): Promise<boolean> {
      const draft = owner.value;
      if (!draft) return false;
      const issues = checkOwner(draft, ubos.value, { threshold: threshold.value, today: kit.today() });
      const next = await save("owner", issues, send("POST", draft.id ? "/ubo/" + draft.id : "/ubo", ownerPayload(draft)));
      if (!next) return false;
      batch(() => {
        owner.value = null;
        attested.value = next.ownersAttestedComplete === true;
      });
      return true;
    },
    async removeOwner(uboId: string): Promise<void> {
      const next = await save("owner", {}, send("DELETE", "/ubo/" + uboId));
      if (next) attested.value = next.ownersAttestedComplete === true;
    },
    setAttested(value: boolean): void {
      attested.value = value;
    },
    /** Continue from the owners step: the list rules, then the attestation is recorded. */
    async continueOwners(): Promise<boolean> {
      const issues = checkOwnersList(ubos.value, attested.value, threshold.value);
      const next = await save("owners", issues, () => kit.api.updateCustomer({ ownersAttestedComplete: true }));
      if (next) kit.advance("owners");
      return Boolean(next);
    },
    /** Continue from the documents step once every due document is on file. */
    continueDocuments(): boolean {
      attempted.value = { ...attempted.value, documents: true };
      const count = Object.keys(documentErrors.value).length;
      if (count) return kit.announce("errors.summary", { count }), false;
      kit.advance("documents");
      return true;
    },
  };
}

export type TBusinessModel = ReturnType<typeof createBusinessModel>;

const models = new WeakMap<TOnboardingModel, TBusinessModel>();

/** One business model per onboarding model, created on first use by a business step. */
export function businessModelOf(model: TOnboardingModel): TBusinessModel {
  let business = models.get(model);
  if (!business) models.set(model, (business = createBusinessModel(model)));
  return business;
}

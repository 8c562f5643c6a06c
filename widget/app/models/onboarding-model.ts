import { batch, computed, effect, signal } from "@preact/signals";
import type { TExitReason, TKycStatus } from "../../../core/protocol";
import type { TFieldIssue } from "../../../core/errors/field-issue";
import type { TBridge } from "../bridge/child-bridge";
import type { TCredentials } from "../api/credentials";
import type { TApiError, TCustomerView, TResult, TSessionView, TWidgetApi } from "../api/types";
import { byPath, type TIssues } from "../validation/identity-rules";
import { createUploadState } from "./document-uploads";
import { draftsFromCustomer, FIELD_OF_PATH, type TDrafts } from "./drafts";
import { createKycTracker } from "./kyc-tracker";
import { loadAddressRules, stepPayload, todayParts, validateStep } from "./step-forms";
import { canSubmit, dueOf, dueSteps, nextStep, resumeStep, STEP_ORDER, visibleSteps, type TStepId } from "./steps";
import { createTokenRenewal } from "./token-renewal";

export type TModelDeps = {
  api: TWidgetApi;
  bridge: TBridge;
  credentials: TCredentials;
  clock: { now(): Date };
  /** Shrinks large photos before upload; identity by default (tests, non-images). */
  prepareUpload?: (file: Blob) => Promise<Blob>;
  renewalTimeoutMs?: number;
};
export type TPhase = "loading" | "ready" | "refreshing" | "expired" | "fatal";
export type TAnnouncement = { key: string; values?: Record<string, unknown> } | null;

/**
 * The onboarding flow's state and actions. Components read the signals and call
 * the actions; only this model talks to the API and the bridge (STYLE.md, "one direction").
 * @example
 * const model = createOnboardingModel({ api, bridge, credentials, clock: { now: () => new Date() } });
 * await model.start();
 */
export function createOnboardingModel(deps: TModelDeps) {
  const { api, bridge } = deps;
  const cleanups: Array<() => void> = [];
  const phase = signal<TPhase>("loading");
  const session = signal<TSessionView | null>(null);
  const customer = signal<TCustomerView | null>(null);
  const planned = signal<TStepId[]>([]);
  const currentStep = signal<TStepId>("identity");
  const drafts = signal<TDrafts>(draftsFromCustomer({ id: "", type: "individual", kyc: "incomplete", requirements: [] }));
  const touched = signal<Record<string, true>>({});
  const attempted = signal(false);
  const serverErrors = signal<TIssues>({});
  const saving = signal(false);
  const announcement = signal<TAnnouncement>(null);
  const rendered = signal(false);
  const stepChanges = signal(0);
  const uploadState = createUploadState();
  const renewal = createTokenRenewal({ bridge, credentials: deps.credentials, timeoutMs: deps.renewalTimeoutMs });
  const announce = (key: string, values?: Record<string, unknown>) => (announcement.value = { key, values });
  const kyc = createKycTracker({ bridge, announce: (status) => announce("status.announce", { status }) });

  const steps = computed(() => {
    const c = customer.value;
    return c ? visibleSteps(planned.value, dueOf(c), c.kyc, c.type) : [];
  });
  const clientErrors = computed(() =>
    customer.value ? validateStep(currentStep.value, drafts.value, customer.value, todayParts(deps.clock.now())) : {},
  );
  /** Errors to show: server errors (until the field changes), then client errors of touched fields. */
  const errors = computed<TIssues>(() => {
    const shown: TIssues = {};
    for (const [path, issue] of Object.entries(clientErrors.value)) if (attempted.value || touched.value[path]) shown[path] = issue;
    return { ...shown, ...serverErrors.value };
  });

  /** Runs an API call; on an expired secret asks the host for a new one and retries once. */
  async function call<T>(request: () => Promise<TResult<T>>): Promise<TResult<T>> {
    let result = await request();
    if (!result.ok && result.error.code === "client_secret_expired") {
      phase.value = "refreshing";
      const renewed = await renewal.renew();
      phase.value = renewed ? "ready" : "expired";
      if (!renewed) {
        bridge.emit("error", { code: "client_secret_expired", message: "The session expired and the host sent no new client secret." });
        bridge.emit("exit", { reason: "expired" });
        return result;
      }
      result = await request();
    }
    return result;
  }

  function applyCustomer(next: TCustomerView): void {
    customer.value = next;
    kyc.observe(next.kyc);
  }

  function fail(error: TApiError): void {
    if (error.code === "client_secret_expired") return; // already reported by call()
    if (error.fields?.length) {
      serverErrors.value = byPath(error.fields.map((f): TFieldIssue => ({ ...f, path: FIELD_OF_PATH[f.path] ?? f.path })));
      announce("errors.summary", { count: error.fields.length });
      return;
    }
    announce("errors." + error.code, { defaultValue: error.message });
    bridge.emit("error", { code: error.code, message: error.message });
  }

  /**
   * Sends a change (a step's save, the terms, a business's company or owner): the saving flag,
   * a renewed secret when needed, the server's field errors mapped by path. Resolves the customer
   * it returned, applied, or null (the failure is reported).
   */
  async function persist(request: () => Promise<TResult<{ customer: TCustomerView }>>): Promise<TCustomerView | null> {
    saving.value = true;
    const result = await call(request);
    saving.value = false;
    if (!result.ok) return fail(result.error), null;
    batch(() => {
      serverErrors.value = {};
      applyCustomer(result.data.customer);
    });
    return result.data.customer;
  }

  function show(step: TStepId): void {
    if (step === currentStep.value) return;
    batch(() => {
      currentStep.value = step;
      attempted.value = false;
      touched.value = {};
      serverErrors.value = {};
      stepChanges.value++;
    });
  }

  function advance(from: TStepId): void {
    bridge.emit("saved", { step: from });
    const c = customer.value!;
    show(nextStep(dueOf(c), c.kyc, c.type));
  }

  let stopWatch: (() => void) | null = null;
  /** Follows kyc live (SSE, else polling) until a final decision; one watcher at a time. */
  function watchStatus(): void {
    if (stopWatch) return;
    const stop = api.watch((update) => {
      const c = customer.value;
      if (c) applyCustomer({ ...c, ...update });
      if (kyc.isFinal()) queueMicrotask(() => stopWatch?.());
    });
    stopWatch = () => {
      stop();
      stopWatch = null;
    };
    cleanups.push(() => stopWatch?.());
  }

  async function start(): Promise<void> {
    const result = await call(() => api.getSession());
    if (!result.ok) {
      phase.value = result.error.code === "client_secret_expired" ? "expired" : "fatal";
      return void bridge.emit("error", { code: result.error.code, message: result.error.message });
    }
    const { session: s, customer: c } = result.data;
    batch(() => {
      session.value = s;
      customer.value = c;
      drafts.value = draftsFromCustomer(c);
      planned.value = dueSteps(dueOf(c), c.type);
      currentStep.value = resumeStep(dueOf(c), c.kyc, c.type);
      phase.value = "ready";
    });
    cleanups.push(bridge.connect(s.allowedOrigins));
    cleanups.push(bridge.onMessage((message) => {
      if (message.type === "refreshToken") renewal.accept(message.payload.clientSecret);
    }));
    kyc.observe(c.kyc, true);
    if (!kyc.isFinal() && c.kyc !== "incomplete") watchStatus();
    // `ready` once the first step is on screen, then `step` on every change (protocol README).
    cleanups.push(effect(() => {
      if (!rendered.value) return;
      const list = steps.peek();
      const id = currentStep.value;
      bridge.emit("step", { id, index: Math.max(0, list.indexOf(id)), total: list.length });
    }));
  }

  return {
    /** For step models loaded with their steps (models/business-model.ts): the same call, save and move rules. */
    kit: {
      api, call, persist, applyCustomer, advance, announce, fail, saving, planned, serverErrors, today: () => todayParts(deps.clock.now()),
      // For the later steps' actions (models/flow-actions.ts, loaded with those steps).
      attempted, show, watchStatus, uploadState, bridge, prepareUpload: deps.prepareUpload,
    },
    phase, session, customer, steps, currentStep, drafts, errors, touched, saving, announcement, stepChanges,
    uploads: uploadState.uploads,
    start,
    /** Called by the app once the first step has rendered: emits `ready` (once). */
    markRendered(): void {
      if (rendered.peek()) return;
      bridge.emit("ready", {});
      rendered.value = true;
    },
    /** Updates one draft field; a server error on it is cleared (the user is fixing it). */
    edit<S extends keyof TDrafts>(step: S, key: keyof TDrafts[S], value: TDrafts[S][keyof TDrafts[S]]): void {
      drafts.value = { ...drafts.value, [step]: { ...drafts.value[step], [key]: value } };
      const path = step === "address" && key !== "ssn" ? "address." + String(key) : String(key).startsWith("dob") ? "dob" : String(key);
      if (serverErrors.value[path]) {
        const { [path]: _cleared, ...rest } = serverErrors.value;
        serverErrors.value = rest;
      }
    },
    /** Marks a field as visited: its client-side error shows from now on, updated on every keystroke. */
    touch(path: string): void {
      if (!touched.value[path]) touched.value = { ...touched.value, [path]: true };
    },
    /** Validates and saves the current step, then moves to the next step still due. Resolves true on success. */
    async saveStep(): Promise<boolean> {
      const step = currentStep.value;
      if (step === "address") await loadAddressRules(); // normally loaded with the step already
      attempted.value = true;
      const issues = Object.keys(clientErrors.value).length;
      if (issues) return announce("errors.summary", { count: issues }), false;
      const payload = stepPayload(step, drafts.value);
      if (!payload) return advance(step), true;
      if (!(await persist(() => api.updateCustomer(payload)))) return false;
      announce("app.saved");
      advance(step);
      return true;
    },
    /** Shows a step the user may visit: any done step, or up to the first step still due. */
    goTo(step: TStepId): void {
      const c = customer.value;
      if (!c || !steps.value.includes(step)) return;
      const limit = STEP_ORDER.indexOf(nextStep(dueOf(c), c.kyc, c.type));
      if (STEP_ORDER.indexOf(step) <= limit || step === "status") show(step);
    },
    /** From the status page after "more information needed": re-plan from what is due now. */
    resumeFlow(): void {
      const c = customer.value;
      if (!c || !canSubmit(c.kyc)) return;
      planned.value = dueSteps(dueOf(c), c.type);
      show(nextStep(dueOf(c), c.kyc, c.type));
    },
    /**
     * A change made elsewhere (the phone of a handoff) arrived over the events
     * stream: take the new requirements, and when the step on screen is no longer
     * due, move on by itself, as if the user had saved it here.
     */
    receive(update: { kyc: TKycStatus; requirements: string[] }): void {
      const c = customer.value;
      if (!c) return;
      applyCustomer({ ...c, ...update });
      const step = currentStep.value;
      if (step !== "review" && step !== "status" && !dueSteps(update.requirements, c.type).includes(step as never)) advance(step);
    },
    exit(reason: TExitReason): void {
      bridge.emit("exit", { reason });
    },
    dispose(): void {
      cleanups.splice(0).forEach((cleanup) => cleanup());
    },
  };
}

/** The model's public shape, for components and tests. */
export type TOnboardingModel = ReturnType<typeof createOnboardingModel>;
export type { TKycStatus };

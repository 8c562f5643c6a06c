/**
 * English of the first step and of what app.js shows (app, stepper, identity, status, shared errors):
 * what the first step's bundle carries. The later steps' strings are in ./en-flow.ts (with the `flow`
 * chunk), the business steps' in ./en-business.ts (the same chunk); ./en.ts joins the three into the source locale.
 */
const enBase = {
  app: {
    title: "Verify your identity",
    loading: "Loading…",
    saveAndExit: "Finish later",
    continue: "Continue",
    back: "Back",
    saving: "Saving…",
    saved: "Saved.",
    optional: "(optional)",
    expired: "Your session has expired. Close this window and start again from the site you came from.",
    refreshing: "Renewing your session…",
    fatal: "We couldn't load your verification. Check your connection and try again.",
    retry: "Try again",
  },
  stepper: {
    label: "Progress",
    position: "Step {{index, number}} of {{total, number}}",
    done: "done",
    current: "current step",
    todo: "not started",
  },
  steps: {
    // Issue 5: the stepper names every step id; a business's steps read `business.steps.*` in the steps themselves.
    type: "Account type",
    company: "Company",
    owners: "Owners",
    identity: "About you",
    address: "Home address",
    documents: "Identity document",
    terms: "Terms",
    review: "Review",
    status: "Verification",
  },
  identity: {
    intro: "Enter your name as it appears on your identity document.",
    firstName: "First name",
    lastName: "Last name",
    dob: "Date of birth",
    dobDay: "Day",
    dobMonth: "Month",
    dobYear: "Year",
    dobOnFile: "A date of birth is on file. Enter it again only to change it.",
    email: "Email",
    phoneNumber: "Phone number",
    phoneHint: "International format, e.g. +14155552671.",
  },
  status: {
    pending: "Thanks! We're verifying your details. This page updates by itself.",
    approved: "You're verified.",
    rejected: "We couldn't verify your identity.",
    additionalReviewRequired: "We need a little more information.",
    incomplete: "Your verification isn't finished yet.",
    continue: "Continue verification",
    done: "Done",
    // The status sentence itself (nested), read out when it changes.
    announce: "$t(status.{{status}})",
  },
  errors: {
    required: "This field is required.",
    too_short: "This field can't be empty.",
    too_long: "This is too long.",
    invalid_email: "Enter an email address like name@example.com.",
    invalid_phone_number: "Enter the phone number in international format, e.g. +14155552671.",
    invalid_date: "Enter a real date.",
    underage: "You must be at least 18 years old.",
    date_in_future: "The date of birth can't be in the future.",
    invalid_value: "Check this value.",
    invalid_type: "This field is required.",
    invalid_format: "Check the format of this value.",
    network_error: "We couldn't reach the server. Check your connection and try again.",
    client_secret_expired: "Your session has expired.",
    invalid_client_secret: "This verification link is not valid.",
    generic: "Something went wrong. Please try again.",
    summary_one: "Please correct {{count, number}} field.",
    summary_other: "Please correct {{count, number}} fields.",
  },
};

export default enBase;

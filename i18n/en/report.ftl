# The plan as a document, its registers, CSV files and calendar (crates/vendorplan-core:
# report.rs, explain.rs, export.rs, sections.rs, detect.rs). Plain text: each format escapes it.

## The document and its cover

report-title = GDPR plan
report-disclaimer = This plan is guidance to help you meet the GDPR, not legal advice. It rests on the catalog's public facts and your answers; check it against your own contracts and settings, and take legal advice where the stakes are high.
# A date shown to people. The numbers come zero-padded: year 2026, month 03, day 05.
report-date = { $year }-{ $month }-{ $day }
report-cover-for = For { $organisation }
report-cover-made = Made on { $date }
report-catalog = Vendorplan catalog { $version } of { $date }
# Where a file comes from, in formats without a cover (CSV, calendar).
report-stamp-made = Made on { $date } with Vendorplan catalog { $version } of { $catalog_date }.
report-stamp = Made with Vendorplan catalog { $version } of { $catalog_date }.
# "Label: value", in headings and lists.
report-label-value = { $label }: { $value }
# A label before a text, as in "Legal basis: …".
report-label = { $label }:
# Between the items of a list in running text (citations, reasons).
report-list-separator = { "; " }
report-decimal-separator = .

## Summary

report-summary = Summary
report-summary-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
report-summary-counts = { $vendors ->
    [one] for { $vendors } service
   *[other] for { $vendors } services
}: { $high } high, { $medium } medium, { $low } low priority.
report-summary-assumed = { $count ->
    [one] { $count } of them rests on an assumption: answering the open questions can remove it.
   *[other] { $count } of them rest on an assumption: answering the open questions can remove them.
}
report-summary-done = { $count ->
    [one] { $count } is ticked off as done.
   *[other] { $count } are ticked off as done.
}

## Actions

report-actions = Actions
report-actions-none = No actions: pick the services you use to get a plan.
report-priority-heading = { $priority } priority
report-action-meta = Owner: { $owner } · Due: { $due }
report-action-meta-assumed = Owner: { $owner } · Due: { $due } · Rests on an assumption to check
report-legal-basis = Legal basis
report-why-in-plan = Why this is in your plan
report-your-note = Your note

## Registers

report-registers = Registers
report-records-heading = Record of processing activities (Art. 30)
report-art30-exemption-not = The Art. 30(5) exemption does not apply: these services are used regularly, not occasionally, so the record is required whatever the organisation's size.
report-processors-heading = Processors (Art. 28)
report-transfers-heading = Transfers outside the EEA (Chapter V)
report-transfers-none = None of the selected services transfers personal data outside the EEA.

## DPIA screening

report-dpia-heading = DPIA screening (Art. 35, WP248 criteria)
report-dpia-required = A DPIA is required for at least one service.
report-dpia-maybe = A DPIA may be required: it depends on open answers.
report-dpia-none = The screening indicates no DPIA.
report-dpia-rule = Two or more WP248 criteria met mean that a DPIA is needed in most cases; document your reasons if you conclude otherwise (a single criterion can also be enough). An entry of a national Art. 35(4) list makes a DPIA required.
report-dpia-vendor = { $vendor }: DPIA required: { $met }

## Cookies, notices, security, alternatives, references

report-cookies-heading = Cookies and similar technologies
report-cookies-intro = Cookies that need consent must not be set before the visitor agrees (ePrivacy Directive Art. 5(3)); list them in your cookie notice.
report-notices-heading = Notice texts (Art. 13 and 14)
report-notice-privacy = privacy notice
report-notice-employee = employee privacy notice
# Put into a notice text when the vendor publishes no list of sub-processors.
report-notice-no-sub-processor-list = the vendor's documentation
report-security-heading = Security and NIS2 supplier checks
report-alternatives-heading = Alternatives for high-risk vendors
report-references-heading = Legal references

## Registers as tables (also the CSV files)

report-register-records-of-processing = Record of processing activities
report-register-processors = Processors
report-register-transfers = Transfer register
report-register-cookies = Cookie inventory
report-register-security = Security checks
report-register-actions = Action list

report-column-vendor = Vendor
report-column-purpose = Purpose
report-column-role = Role
report-column-lawful-bases = Lawful bases
report-column-data-subjects = Data subjects
report-column-personal-data = Personal data
report-column-recipient = Recipient
report-column-third-countries = Third countries
report-column-safeguard = Safeguard
report-column-retention = Retention
report-column-company = Company
report-column-dpa = Data processing agreement
report-column-dpa-concluded = DPA concluded
report-column-sub-processors = Sub-processors
report-column-stored-in = Stored in
report-column-destinations = Destinations
report-column-mechanism = Mechanism
report-column-tia-needed = TIA needed
report-column-eu-region-ends = An EU region would end it
report-column-cookie = Cookie
report-column-domain = Domain
report-column-cookie-purpose = Purpose
report-column-duration = Duration
report-column-set-on = Set on
report-column-consent-needed = Consent needed
report-column-criticality = Supplier criticality
report-column-vdp = Vulnerability disclosure
report-column-bug-bounty = Bug bounty
report-column-certifications = Certifications
report-column-controls = Controls to use
report-column-id = Id
report-column-action = Action
report-column-priority = Priority
report-column-owner = Owner
report-column-due = Due
report-column-done = Done
report-column-assumed = Rests on an assumption
report-column-what = What to do
report-column-legal-basis = Legal basis
report-column-why = Why
report-column-note = Your note
report-column-risk = Risk
report-column-why-risk = Why this risk

report-yes = Yes
report-no = No
report-not-answered = Not answered
report-not-published = Not published
report-none-published = None published
report-none-confirmed = None confirmed
report-mechanism-assumed = { $mechanism } (assumed)

## Why an action is in the plan (also shown in the app)

report-reason-selected = You use { $vendor }
report-reason-answer = { $question } — { $answer }
report-reason-assumed-unknown = { $question } — you answered "I don't know", so the cautious answer is assumed
report-reason-assumed-unanswered = { $question } — not answered yet, so the cautious answer is assumed
report-reason-fact = { $vendor } record: { $fact } = { $value }
report-reason-cookie = { $vendor } record: cookie { $cookie } = { $purpose }, { $set_on }
report-reason-affects = Affects action `{ $action }`
# A list fact that lacks the value a rule looked for.
report-fact-not = not { $value }
report-met-yes = Yes
report-met-no = No
report-met-maybe = Maybe: depends on an open answer

## What a detection rests on (the "Detect from your website" panel)

report-evidence-host = { $host } (domain { $domain })
report-evidence-cookie = cookie { $name }

## Calendar reminders (.ics)

report-ics-calendar = GDPR reviews
report-ics-category = GDPR
report-ics-plan-summary = Review the GDPR plan against the current Vendorplan catalog
report-ics-plan-description = Vendors change their data centres, sub-processors and certifications, and the EU-US Data Privacy Framework list changes. Open the plan file in Vendorplan to see what changed since catalog { $version } of { $date }. Art. 24(1) GDPR asks that measures be reviewed and updated where necessary.
report-ics-dpa-summary = Review the DPA and sub-processors of { $vendor }
report-ics-dpa-description = Check that the data processing agreement with { $vendor } ({ $company }) is concluded and current, and read the sub-processor changes since the last review (Art. 28(2) and (3) GDPR).
report-ics-dpa-link = DPA: { $url }
report-ics-sub-processors-link = Sub-processors: { $url }
report-ics-tia-summary = Review the transfer impact assessment for { $vendor }
report-ics-tia-description = Check whether the law and practice of the destination country, and the vendor's safeguards, have changed (EDPB Recommendations 01/2020, step 6: re-evaluate at appropriate intervals).
report-ics-retention-summary = Review retention and deletion of personal data
report-ics-retention-description = Check that personal data is deleted when your retention periods end (storage limitation, Art. 5(1)(e) GDPR), in particular logs and exports. What the vendors keep:

## Parts of downloaded file names: lower case, words joined by hyphens

report-file-plan = gdpr-plan
report-file-reviews = gdpr-reviews
report-file-records-of-processing = records-of-processing
report-file-processors = processors
report-file-transfers = transfers
report-file-cookies = cookies
report-file-security = security
report-file-actions = actions
report-contents = Contents

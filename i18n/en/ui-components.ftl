# The texts of the components (src/components/*.rs) and of the steps and plan sections (src/view.rs).

## Shared

ui-yes = Yes
ui-no = No
ui-unknown = I don't know
# A label before its value, as in "Region: eu-west-1".
ui-label-colon = { $label }:
ui-not-published = Not published
ui-none-confirmed = None confirmed

## Steps and plan sections (src/view.rs)

ui-step-services = Your services
ui-step-questions = Questions
ui-step-plan = Your plan
ui-tab-actions = Actions
ui-tab-records = Record of processing
ui-tab-processors = Processors
ui-tab-transfers = Transfers
ui-tab-dpia = DPIA screening
ui-tab-cookies = Cookies
ui-tab-notices = Notices
ui-tab-security = Security and NIS2
ui-tab-alternatives = Alternatives

## Stepper

ui-stepper = Steps
# A step in the navigation bar: its number and its name.
ui-stepper-step = { $number }. { $step }

## Theme

ui-theme = Theme
ui-theme-system = System
ui-theme-light = Light
ui-theme-dark = Dark

## Service picker

ui-picker-search = Search services by name, category or domain
ui-picker-category = Category
ui-picker-all-categories = All categories
ui-picker-selected = { $count } selected
ui-picker-remove = Remove { $vendor }
ui-picker-list = Services
ui-picker-about = About
ui-picker-about-vendor = About { $vendor }
ui-picker-none = No service matches your search.

## Questions

ui-questions-progress = { $total ->
    [one] { $answered } of { $total } question answered
   *[other] { $answered } of { $total } questions answered
}
ui-questions-organisation = Your organisation
ui-question-choose = Choose…

## Plan summary (announced to screen readers)

ui-summary-none = No service selected yet.
ui-summary = { $total ->
    [one] { $total } action
   *[other] { $total } actions
}: { $high } high, { $medium } medium, { $low } low. { $assumed ->
    [one] { $assumed } rests on an assumption
   *[other] { $assumed } rest on assumptions
}; { $unanswered ->
    [one] { $unanswered } question open
   *[other] { $unanswered } questions open
}.

## Plan dashboard

ui-dashboard-empty = Pick at least one service to see your plan.
ui-dashboard-risk-list = Risk per service
ui-dashboard-tabs = Plan sections
ui-risk-high = High risk
ui-risk-medium = Medium risk
ui-risk-low = Low risk
# The number of a service's actions by priority.
ui-dashboard-counts = { $high } high · { $medium } medium · { $low } low

## Action list

ui-actions-filter = Filter actions
ui-actions-owner = Owner
ui-actions-priority = Priority
ui-actions-vendor = Vendor
ui-actions-all = All
ui-actions-progress = { $done } of { $total } done · { $shown } shown

## One action

# The hidden label of an action's tick box.
ui-action-done = Done: { $action }
ui-action-assumption = assumption to check
ui-action-has-note = note
ui-action-when = When:
ui-action-why = Why this is in your plan
ui-action-legal-basis = Legal basis
ui-action-note = Your note
ui-action-note-placeholder = Who did what, when, where the document is filed. Shown in every download.

## Registers

ui-register-no-service = No service selected.
ui-register-art30-may-apply = The Art. 30(5) exemption may apply.
ui-register-art30-does-not-apply = The Art. 30(5) exemption does not apply: these services are used regularly, not occasionally.
ui-register-not-answered = Not answered
ui-register-no-processor = None of the selected services processes data on your behalf.
# A transfer mechanism that rests on an answer still open.
ui-register-assumed = { $mechanism } (assumed)
ui-register-dpia-required = A DPIA is required for at least one service.
ui-register-dpia-maybe = A DPIA may be required: it depends on open answers.
ui-register-dpia-not-indicated = The screening does not indicate a DPIA.
# After the service's name and a dash; $result is report-met-yes, report-met-no or report-met-maybe.
ui-register-dpia-vendor = DPIA required: { $result }
# After the citation of a supervisory authority's list; $item is the entry of the list.
ui-register-dpia-national = ({ $result }): { $item }
ui-register-no-cookie = The selected services set no cookies we know of.
ui-register-notice-privacy = privacy notice
ui-register-notice-employee = employee notice
ui-register-notice-copy-privacy = Copy the privacy notice text
ui-register-notice-copy-employee = Copy the employee notice text
ui-register-no-notice = No notice text: pick a service first.
ui-register-none-published = None published
ui-register-no-alternative = No high-risk service with catalog alternatives.
# A heading; $vendor becomes a link to the service.
ui-register-instead-of = Instead of { $vendor }

## Register columns

ui-col-vendor = Vendor
ui-col-purpose = Purpose
ui-col-role = Role
ui-col-lawful-bases = Lawful bases
ui-col-data-subjects = Data subjects
ui-col-personal-data = Personal data
ui-col-recipient = Recipient
ui-col-third-countries = Third countries
ui-col-safeguard = Safeguard
ui-col-retention = Retention
ui-col-company = Company
ui-col-dpa = DPA
ui-col-dpa-concluded = DPA concluded
ui-col-sub-processors = Sub-processors
ui-col-stored-in = Stored in
ui-col-destination = Destination
ui-col-mechanism = Mechanism
ui-col-tia-needed = TIA needed
ui-col-eu-region-ends = EU region would end it
ui-col-cookie = Cookie
ui-col-domain = Domain
ui-col-duration = Duration
ui-col-set-on = Set on
ui-col-consent-needed = Consent needed
ui-col-supplier-criticality = Supplier criticality
ui-col-vulnerability-disclosure = Vulnerability disclosure
ui-col-bug-bounty = Bug bounty
ui-col-certifications = Certifications
ui-col-controls = Controls to use

## Downloads

ui-downloads-organisation = Organisation (shown on every download)
ui-downloads-group = Download the plan
ui-download-pdf = PDF report
ui-download-docx = Word document
ui-download-html = Web page (print-ready)
ui-download-md = Markdown checklist
ui-download-ics = Review reminders (calendar)
ui-download-json = Plan file (re-importable)
ui-downloads-csv = Spreadsheet (CSV):
ui-downloads-csv-button = Download CSV
ui-downloads-share = Copy a share link
ui-downloads-saved-copy = This is a saved copy of Vendorplan: it works without a network.
ui-downloads-save-offline = Save for offline use
ui-downloads-offline-saved = Saved { $file }: open it from your downloads, with or without a network. Your answers stay in this browser; export the plan file to carry them over.
# $error says what went wrong, in English.
ui-downloads-offline-failed = The offline copy could not be saved: { $error }. Try again while online.
ui-downloads-share-link = Share link (copied; the answers travel in the link itself, never to a server):

## Import

ui-import-label = Import a saved plan or answers file (or drop it here)
ui-import-done = Imported `{ $file }`.
ui-import-failed = This file was not imported; your current answers are unchanged:
# $size is in megabytes with one decimal.
# $error is the browser's reason, in English.
ui-import-unreadable = `{ $file }` could not be read: { $error }

## A service's page

ui-vendor-unknown = Unknown service
ui-vendor-unknown-text = The catalog has no service `{ $id }`.
ui-vendor-back-short = Back
ui-vendor-back = ← Back to your plan
ui-vendor-processes = What it processes
ui-vendor-hosting = Hosting and transfers
ui-vendor-documents = Documents and retention
ui-vendor-cookies = Cookies
ui-vendor-security = Security
ui-vendor-controls = Controls to switch on
ui-vendor-alternatives = Alternatives
ui-vendor-sources = Sources
# After the cookie's name and a dash.
ui-vendor-cookie = { $purpose }, { $duration }, { $set_on }: { $description }
# After a source's title and a dash; $fields lists the record's fields the source supports.
ui-vendor-supports = supports: { $fields }
ui-fact-company = Company
ui-fact-categories = Categories
ui-fact-deployment = Deployment
ui-fact-reviewed = Reviewed
ui-fact-role = Role
ui-fact-data-subjects = Data subjects
ui-fact-personal-data = Personal data
ui-fact-lawful-bases = Lawful bases
ui-fact-why = Why
ui-fact-regions = Regions
ui-fact-eu-region = EU region
ui-fact-dpf = Data Privacy Framework
ui-fact-scc = SCCs in the DPA
ui-fact-transfers = Transfers
ui-fact-dpa = DPA
ui-fact-sub-processors = Sub-processors
ui-fact-privacy-policy = Privacy policy
ui-fact-retention = Retention
ui-fact-vdp = Vulnerability disclosure
ui-fact-response = Response
ui-fact-certifications = Certifications
ui-fact-nis2 = NIS2
ui-fact-dpia = DPIA

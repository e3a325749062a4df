# The page frame: header, steps, banners and the footer (src/app.rs, src/components/language_menu.rs).

ui-page-title = Vendorplan: a GDPR plan for the services you use
ui-language = Language
ui-skip-to-content = Skip to content
ui-tagline = Pick the services you use, answer a few questions, and take away your GDPR plan. Everything stays in this browser.
ui-not-saved = This browser's storage for this page is full, so Vendorplan cannot keep your latest changes here. Nothing is lost while the page is open: download the plan file (JSON) to keep it, and import it next time.
ui-share-link-broken = This share link could not be opened; your saved answers are unchanged.
ui-share-link-confirm = Open the shared answers? They replace the answers saved in this browser.
ui-dismiss = Dismiss
ui-start-over = Start over
ui-start-over-confirm = Start over? Your selection and answers will be cleared.
ui-forget = Forget everything on this device
ui-forget-confirm = Forget everything Vendorplan stored in this browser?
ui-plan-so-far = Your plan so far
ui-footer-note = Guidance, not legal advice. Nothing you enter leaves this device.
ui-status-none-selected = none selected
ui-status-pick-first = pick a service first
ui-status-selected = { $count } selected
ui-status-open = { $count } open
ui-status-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
ui-next = Next: { $step }
ui-language-failed = This language could not be loaded ({ $reason }); the page stays in the language it was in.

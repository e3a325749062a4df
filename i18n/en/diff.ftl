## Comparing an earlier plan with the current one (`vendorplan diff`, "Compare with an earlier plan").

diff-error-not-plan = This is not a plan file Vendorplan can read: { $detail }
diff-organisation = Your organisation
diff-not-answered = not answered
diff-none = none
diff-answer = { $question }: { $old } → { $new }
diff-heading = Changes from the plan of catalog { $old } to the plan of catalog { $new }
diff-releases = Catalog releases in between:
diff-answers = { $count ->
    [one] One answer changed:
   *[other] { $count } answers changed:
}
diff-nothing = Nothing changed.
diff-section-selection = Selection
diff-section-actions = Actions
diff-section-cookies = Cookies
diff-section-transfers = Transfers
diff-section-dpia = DPIA
diff-vendor-added = Added to the selection.
diff-vendor-removed = No longer in the selection.
diff-action-new = New action: { $title } (priority { $priority }, { $due }).
diff-action-gone = No longer needed: { $title }.
diff-action-priority = { $title }: priority { $old } → { $new }.
diff-action-due = { $title }: due { $old } → { $new }.
diff-cookie-added = New cookie { $name } ({ $purpose }, { $duration }).
diff-cookie-removed = Cookie { $name } is gone.
diff-cookie-purpose = Cookie { $name }: purpose { $old } → { $new }.
diff-cookie-duration = Cookie { $name }: lifetime { $old } → { $new }.
diff-no-third-country = data in the EU/EEA
diff-transfer = Transfer ({ $country }): { $old } → { $new }.
diff-dpf = Data Privacy Framework: { $old } → { $new }.
diff-eu-region = EU region: { $old } → { $new }.
diff-dpia = DPIA required: { $old } → { $new }.
diff-cause-catalog = Because the catalog changed.
diff-cause-note = { $version }: { $note }
diff-cause-catalog-notes = Because the catalog changed: { $notes }
diff-cause-selection = Because you changed the selection of services.
diff-cause-answers = { $count ->
    [one] Because you changed your answer to: { $questions }
   *[other] Because you changed your answers to: { $questions }
}
diff-ui-title = Compare with an earlier plan
diff-ui-intro = Pick a plan file you downloaded before to see what has changed since, and why. Your current answers stay as they are.
diff-ui-label = Earlier plan file (.json)
diff-ui-failed = This file cannot be compared:
diff-ui-unreadable = { $file } could not be read: { $error }
diff-ui-result = Changes since the plan of { $date } (catalog { $version })
diff-cli-invalid-plan = `{ $path }` is not a plan file that can be compared:
    { $problems }

## Vergleich eines früheren Plans mit dem aktuellen (`vendorplan diff`, „Mit einem früheren Plan vergleichen“).

diff-error-not-plan = Dies ist keine Plandatei, die Vendorplan lesen kann: { $detail }
diff-organisation = Ihre Organisation
diff-not-answered = nicht beantwortet
diff-none = keine
diff-answer = { $question }: { $old } → { $new }
diff-heading = Änderungen vom Plan mit Katalog { $old } zum Plan mit Katalog { $new }
diff-releases = Katalogversionen dazwischen:
diff-answers = { $count ->
    [one] Eine Antwort wurde geändert:
   *[other] { $count } Antworten wurden geändert:
}
diff-nothing = Es hat sich nichts geändert.
diff-section-selection = Auswahl
diff-section-actions = Maßnahmen
diff-section-cookies = Cookies
diff-section-transfers = Übermittlungen
diff-section-dpia = DSFA
diff-vendor-added = Zur Auswahl hinzugefügt.
diff-vendor-removed = Nicht mehr in der Auswahl.
diff-action-new = Neue Maßnahme: { $title } (Priorität { $priority }, { $due }).
diff-action-gone = Nicht mehr erforderlich: { $title }.
diff-action-priority = { $title }: Priorität { $old } → { $new }.
diff-action-due = { $title }: fällig { $old } → { $new }.
diff-cookie-added = Neues Cookie { $name } ({ $purpose }, { $duration }).
diff-cookie-removed = Cookie { $name } entfällt.
diff-cookie-purpose = Cookie { $name }: Zweck { $old } → { $new }.
diff-cookie-duration = Cookie { $name }: Speicherdauer { $old } → { $new }.
diff-no-third-country = Daten in der EU/im EWR
diff-transfer = Übermittlung ({ $country }): { $old } → { $new }.
diff-dpf = EU-US Data Privacy Framework: { $old } → { $new }.
diff-eu-region = EU-Region: { $old } → { $new }.
diff-dpia = DSFA erforderlich: { $old } → { $new }.
diff-cause-catalog = Grund: Der Katalog wurde geändert.
diff-cause-note = { $version }: { $note }
diff-cause-catalog-notes = Grund: Der Katalog wurde geändert: { $notes }
diff-cause-selection = Grund: Sie haben die Auswahl der Dienste geändert.
diff-cause-answers = { $count ->
    [one] Grund: Sie haben Ihre Antwort auf diese Frage geändert: { $questions }
   *[other] Grund: Sie haben Ihre Antworten auf diese Fragen geändert: { $questions }
}
diff-ui-title = Mit einem früheren Plan vergleichen
diff-ui-intro = Wählen Sie eine früher heruntergeladene Plandatei, um zu sehen, was sich seitdem geändert hat und warum. Ihre aktuellen Antworten bleiben unverändert.
diff-ui-label = Frühere Plandatei (.json)
diff-ui-failed = Diese Datei kann nicht verglichen werden:
diff-ui-unreadable = { $file } konnte nicht gelesen werden: { $error }
diff-ui-result = Änderungen seit dem Plan vom { $date } (Katalog { $version })
diff-cli-invalid-plan = `{ $path }` ist keine Plandatei, die sich vergleichen lässt:
    { $problems }

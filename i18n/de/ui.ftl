# Seitenrahmen: Kopf, Schritte, Hinweise und Fußzeile (src/app.rs, src/components/language_menu.rs).

ui-page-title = Vendorplan: ein DSGVO-Plan für die Dienste, die Sie nutzen
ui-language = Sprache
ui-skip-to-content = Zum Inhalt springen
ui-tagline = Wählen Sie die Dienste, die Sie nutzen, beantworten Sie einige Fragen und nehmen Sie Ihren DSGVO-Plan mit. Alles bleibt in diesem Browser.
ui-not-saved = Der Speicher dieses Browsers für diese Seite ist voll, daher kann Vendorplan Ihre letzten Änderungen hier nicht speichern. Solange die Seite offen ist, geht nichts verloren: Laden Sie die Plandatei (JSON) herunter, um sie aufzubewahren, und importieren Sie sie beim nächsten Mal.
ui-share-link-broken = Dieser Link zum Teilen konnte nicht geöffnet werden; Ihre gespeicherten Antworten sind unverändert.
ui-share-link-confirm = Die geteilten Antworten öffnen? Sie ersetzen die in diesem Browser gespeicherten Antworten.
ui-dismiss = Schließen
ui-start-over = Neu beginnen
ui-start-over-confirm = Neu beginnen? Ihre Auswahl und Ihre Antworten werden gelöscht.
ui-forget = Alles auf diesem Gerät vergessen
ui-forget-confirm = Alles vergessen, was Vendorplan in diesem Browser gespeichert hat?
ui-plan-so-far = Ihr Plan bisher
ui-footer-note = Eine Orientierungshilfe, keine Rechtsberatung. Nichts, was Sie eingeben, verlässt dieses Gerät.
ui-status-none-selected = nichts ausgewählt
ui-status-pick-first = zuerst einen Dienst wählen
ui-status-selected = { $count } ausgewählt
ui-status-open = { $count } offen
ui-status-actions = { $count ->
    [one] { $count } Maßnahme
   *[other] { $count } Maßnahmen
}
ui-next = Weiter: { $step }
ui-language-failed = Diese Sprache konnte nicht geladen werden ({ $reason }); die Seite bleibt in der bisherigen Sprache.

# Die Texte der Komponenten (src/components/*.rs) sowie der Schritte und Planabschnitte (src/view.rs).

## Gemeinsam

ui-yes = Ja
ui-no = Nein
ui-unknown = Weiß ich nicht
ui-label-colon = { $label }:
ui-not-published = Nicht veröffentlicht
ui-none-confirmed = Keine bestätigt

## Schritte und Planabschnitte

ui-step-services = Ihre Dienste
ui-step-questions = Fragen
ui-step-plan = Ihr Plan
ui-tab-actions = Maßnahmen
ui-tab-records = Verarbeitungsverzeichnis
ui-tab-processors = Auftragsverarbeiter
ui-tab-transfers = Übermittlungen
ui-tab-dpia = DSFA-Vorprüfung
ui-tab-cookies = Cookies
ui-tab-notices = Datenschutzhinweise
ui-tab-security = Sicherheit und NIS2
ui-tab-alternatives = Alternativen

## Schrittleiste

ui-stepper = Schritte
ui-stepper-step = { $number }. { $step }

## Farbschema

ui-theme = Farbschema
ui-theme-system = System
ui-theme-light = Hell
ui-theme-dark = Dunkel

## Auswahl der Dienste

ui-picker-search = Dienste nach Name, Kategorie oder Domain suchen
ui-picker-category = Kategorie
ui-picker-all-categories = Alle Kategorien
ui-picker-selected = { $count } ausgewählt
ui-picker-remove = { $vendor } entfernen
ui-picker-list = Dienste
ui-picker-about = Details
ui-picker-about-vendor = Details zu { $vendor }
ui-picker-none = Kein Dienst passt zu Ihrer Suche.

## Fragen

ui-questions-progress = { $total ->
    [one] { $answered } von { $total } Frage beantwortet
   *[other] { $answered } von { $total } Fragen beantwortet
}
ui-questions-organisation = Ihre Organisation
ui-question-choose = Bitte wählen…

## Zusammenfassung des Plans

ui-summary-none = Noch kein Dienst ausgewählt.
ui-summary = { $total ->
    [one] { $total } Maßnahme
   *[other] { $total } Maßnahmen
}: { $high } mit hoher, { $medium } mit mittlerer, { $low } mit niedriger Priorität. { $assumed ->
    [one] { $assumed } beruht auf einer Annahme
   *[other] { $assumed } beruhen auf Annahmen
}; { $unanswered ->
    [one] { $unanswered } Frage ist offen
   *[other] { $unanswered } Fragen sind offen
}.

## Übersicht des Plans

ui-dashboard-empty = Wählen Sie mindestens einen Dienst aus, um Ihren Plan zu sehen.
ui-dashboard-risk-list = Risiko je Dienst
ui-dashboard-tabs = Abschnitte des Plans
ui-risk-high = Hohes Risiko
ui-risk-medium = Mittleres Risiko
ui-risk-low = Geringes Risiko
ui-dashboard-counts = { $high } hoch · { $medium } mittel · { $low } niedrig

## Maßnahmenliste

ui-actions-filter = Maßnahmen filtern
ui-actions-owner = Zuständig
ui-actions-priority = Priorität
ui-actions-vendor = Anbieter
ui-actions-all = Alle
ui-actions-progress = { $done } von { $total } erledigt · { $shown } angezeigt

## Eine Maßnahme

ui-action-done = Erledigt: { $action }
ui-action-assumption = zu prüfende Annahme
ui-action-has-note = Notiz
ui-action-when = Frist:
ui-action-why = Warum diese Maßnahme in Ihrem Plan steht
ui-action-legal-basis = Rechtliche Grundlagen
ui-action-note = Ihre Notiz
ui-action-note-placeholder = Wer hat was wann erledigt, wo ist das Dokument abgelegt? Erscheint in jedem Download.

## Verzeichnisse

ui-register-no-service = Kein Dienst ausgewählt.
ui-register-art30-may-apply = Die Ausnahme nach Art. 30 Abs. 5 DSGVO kann greifen.
ui-register-art30-does-not-apply = Die Ausnahme nach Art. 30 Abs. 5 DSGVO greift nicht: Diese Dienste werden regelmäßig und nicht nur gelegentlich genutzt.
ui-register-not-answered = Nicht beantwortet
ui-register-no-processor = Keiner der ausgewählten Dienste verarbeitet Daten in Ihrem Auftrag.
ui-register-assumed = { $mechanism } (angenommen)
ui-register-dpia-required = Für mindestens einen Dienst ist eine DSFA erforderlich.
ui-register-dpia-maybe = Eine DSFA ist möglicherweise erforderlich: Das hängt von noch offenen Antworten ab.
ui-register-dpia-not-indicated = Die Vorprüfung ergibt keinen Hinweis darauf, dass eine DSFA erforderlich ist.
ui-register-dpia-vendor = DSFA erforderlich: { $result }
ui-register-dpia-national = ({ $result }): { $item }
ui-register-no-cookie = Die ausgewählten Dienste setzen keine uns bekannten Cookies.
ui-register-notice-privacy = Datenschutzhinweise
ui-register-notice-employee = Datenschutzhinweise für Beschäftigte
ui-register-notice-copy-privacy = Text für die Datenschutzhinweise kopieren
ui-register-notice-copy-employee = Text für die Datenschutzhinweise für Beschäftigte kopieren
ui-register-no-notice = Kein Hinweistext: Wählen Sie zuerst einen Dienst aus.
ui-register-none-published = Keine veröffentlicht
ui-register-no-alternative = Kein Dienst mit hohem Risiko, für den der Katalog Alternativen kennt.
ui-register-instead-of = Statt { $vendor }

## Spalten der Verzeichnisse

ui-col-vendor = Anbieter
ui-col-purpose = Zweck
ui-col-role = Rolle
ui-col-lawful-bases = Rechtsgrundlagen
ui-col-data-subjects = Betroffene Personen
ui-col-personal-data = Personenbezogene Daten
ui-col-recipient = Empfänger
ui-col-third-countries = Drittländer
ui-col-safeguard = Garantie
ui-col-retention = Speicherdauer
ui-col-company = Unternehmen
ui-col-dpa = AVV
ui-col-dpa-concluded = AVV abgeschlossen
ui-col-sub-processors = Unterauftragsverarbeiter
ui-col-stored-in = Speicherort
ui-col-destination = Zielland
ui-col-mechanism = Übermittlungsinstrument
ui-col-tia-needed = TIA erforderlich
ui-col-eu-region-ends = Durch EU-Region vermeidbar
ui-col-cookie = Cookie
ui-col-domain = Domain
ui-col-duration = Laufzeit
ui-col-set-on = Gesetzt in
ui-col-consent-needed = Einwilligung erforderlich
ui-col-supplier-criticality = Kritikalität des Lieferanten
ui-col-vulnerability-disclosure = Meldung von Schwachstellen
ui-col-bug-bounty = Bug-Bounty
ui-col-certifications = Zertifizierungen
ui-col-controls = Zu nutzende Schutzfunktionen

## Downloads

ui-downloads-organisation = Organisation (erscheint in jedem Download)
ui-downloads-group = Plan herunterladen
ui-download-pdf = PDF-Bericht
ui-download-docx = Word-Dokument
ui-download-html = Webseite (druckfertig)
ui-download-md = Markdown-Checkliste
ui-download-ics = Erinnerungen an Überprüfungen (Kalender)
ui-download-json = Plandatei (wieder importierbar)
ui-downloads-csv = Tabelle (CSV):
ui-downloads-csv-button = CSV herunterladen
ui-downloads-share = Link zum Teilen kopieren
ui-downloads-saved-copy = Dies ist eine gespeicherte Kopie von Vendorplan: Sie funktioniert ohne Netzwerk.
ui-downloads-save-offline = Für die Offline-Nutzung speichern
ui-downloads-offline-saved = { $file } gespeichert: Öffnen Sie die Datei aus Ihren Downloads, mit oder ohne Netzwerk. Ihre Antworten bleiben in diesem Browser; exportieren Sie die Plandatei, um sie mitzunehmen.
ui-downloads-offline-failed = Die Offline-Kopie konnte nicht gespeichert werden: { $error }. Versuchen Sie es erneut, sobald Sie online sind.
ui-downloads-share-link = Link zum Teilen (kopiert; die Antworten stecken im Link selbst und gelangen nie auf einen Server):

## Import

ui-import-label = Gespeicherte Plan- oder Antwortdatei importieren (oder hier ablegen)
ui-import-done = „{ $file }“ importiert.
ui-import-failed = Diese Datei wurde nicht importiert; Ihre bisherigen Antworten bleiben unverändert:
ui-import-unreadable = „{ $file }“ konnte nicht gelesen werden: { $error }

## Seite eines Dienstes

ui-vendor-unknown = Unbekannter Dienst
ui-vendor-unknown-text = Der Katalog enthält keinen Dienst „{ $id }“.
ui-vendor-back-short = Zurück
ui-vendor-back = ← Zurück zu Ihrem Plan
ui-vendor-processes = Was verarbeitet wird
ui-vendor-hosting = Hosting und Übermittlungen
ui-vendor-documents = Dokumente und Speicherdauer
ui-vendor-cookies = Cookies
ui-vendor-security = Sicherheit
ui-vendor-controls = Zu aktivierende Schutzfunktionen
ui-vendor-alternatives = Alternativen
ui-vendor-sources = Quellen
ui-vendor-cookie = { $purpose }, { $duration }, { $set_on }: { $description }
ui-vendor-supports = belegt: { $fields }
ui-fact-company = Unternehmen
ui-fact-categories = Kategorien
ui-fact-deployment = Bereitstellung
ui-fact-reviewed = Geprüft am
ui-fact-role = Rolle
ui-fact-data-subjects = Betroffene Personen
ui-fact-personal-data = Personenbezogene Daten
ui-fact-lawful-bases = Rechtsgrundlagen
ui-fact-why = Begründung
ui-fact-regions = Regionen
ui-fact-eu-region = EU-Region
ui-fact-dpf = EU-US Data Privacy Framework (DPF)
ui-fact-scc = Standardvertragsklauseln (SCC) im AVV
ui-fact-transfers = Übermittlungen
ui-fact-dpa = Auftragsverarbeitungsvertrag (AVV)
ui-fact-sub-processors = Unterauftragsverarbeiter
ui-fact-privacy-policy = Datenschutzerklärung
ui-fact-retention = Speicherdauer
ui-fact-vdp = Meldung von Schwachstellen
ui-fact-response = Reaktionszeit
ui-fact-certifications = Zertifizierungen
ui-fact-nis2 = NIS2
ui-fact-dpia = DSFA

# Der Plan als Dokument, seine Verzeichnisse, CSV-Dateien und Kalender (crates/vendorplan-core:
# report.rs, explain.rs, export.rs, sections.rs, detect.rs). Reiner Text: Jedes Format maskiert ihn.

## Das Dokument und sein Deckblatt

report-title = DSGVO-Plan
report-disclaimer = Dieser Plan ist eine Orientierungshilfe für die Umsetzung der DSGVO, keine Rechtsberatung. Er beruht auf den öffentlichen Angaben des Katalogs und auf Ihren Antworten; gleichen Sie ihn mit Ihren eigenen Verträgen und Einstellungen ab und holen Sie rechtlichen Rat ein, wo viel auf dem Spiel steht.
# Ein Datum für Menschen. Die Zahlen kommen mit führender Null: Jahr 2026, Monat 03, Tag 05.
report-date = { $day }.{ $month }.{ $year }
report-cover-for = Für { $organisation }
report-cover-made = Erstellt am { $date }
report-catalog = Vendorplan-Katalog { $version } vom { $date }
# Herkunft einer Datei in Formaten ohne Deckblatt (CSV, Kalender).
report-stamp-made = Erstellt am { $date } mit dem Vendorplan-Katalog { $version } vom { $catalog_date }.
report-stamp = Erstellt mit dem Vendorplan-Katalog { $version } vom { $catalog_date }.
# „Bezeichnung: Wert“ in Überschriften und Listen.
report-label-value = { $label }: { $value }
# Eine Bezeichnung vor einem Text, wie in „Rechtliche Grundlagen: …“.
report-label = { $label }:
# Zwischen den Einträgen einer Aufzählung im Fließtext (Fundstellen, Gründe).
report-list-separator = { "; " }
report-decimal-separator = ,

## Zusammenfassung

report-summary = Zusammenfassung
report-summary-actions = { $count ->
    [one] { $count } Maßnahme
   *[other] { $count } Maßnahmen
}
report-summary-counts = { $vendors ->
    [one] für { $vendors } Dienst
   *[other] für { $vendors } Dienste
}: { $high } mit hoher, { $medium } mit mittlerer und { $low } mit niedriger Priorität.
report-summary-assumed = { $count ->
    [one] { $count } davon beruht auf einer Annahme: Wenn Sie die offenen Fragen beantworten, kann sie entfallen.
   *[other] { $count } davon beruhen auf einer Annahme: Wenn Sie die offenen Fragen beantworten, können sie entfallen.
}
report-summary-done = { $count ->
    [one] { $count } ist als erledigt abgehakt.
   *[other] { $count } sind als erledigt abgehakt.
}

## Maßnahmen

report-actions = Maßnahmen
report-actions-none = Keine Maßnahmen: Wählen Sie die Dienste, die Sie nutzen, um einen Plan zu erhalten.
report-priority-heading = Priorität: { $priority }
report-action-meta = Zuständig: { $owner } · Frist: { $due }
report-action-meta-assumed = Zuständig: { $owner } · Frist: { $due } · Beruht auf einer zu prüfenden Annahme
report-legal-basis = Rechtliche Grundlagen
report-why-in-plan = Warum dies in Ihrem Plan steht
report-your-note = Ihre Notiz

## Verzeichnisse

report-registers = Verzeichnisse
report-records-heading = Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)
report-art30-exemption-not = Die Ausnahme nach Art. 30 Abs. 5 DSGVO greift nicht: Diese Dienste werden regelmäßig und nicht nur gelegentlich genutzt, daher ist das Verzeichnis unabhängig von der Größe der Organisation zu führen.
report-processors-heading = Auftragsverarbeiter (Art. 28 DSGVO)
report-transfers-heading = Übermittlungen außerhalb des EWR (Kapitel V DSGVO)
report-transfers-none = Keiner der ausgewählten Dienste übermittelt personenbezogene Daten außerhalb des EWR.

## DSFA-Vorprüfung

report-dpia-heading = DSFA-Vorprüfung (Art. 35 DSGVO, Kriterien nach WP248)
report-dpia-required = Für mindestens einen Dienst ist eine DSFA erforderlich.
report-dpia-maybe = Eine DSFA ist möglicherweise erforderlich: Das hängt von noch offenen Antworten ab.
report-dpia-none = Die Vorprüfung ergibt keinen Hinweis darauf, dass eine DSFA erforderlich ist.
report-dpia-rule = Sind zwei oder mehr WP248-Kriterien erfüllt, ist in den meisten Fällen eine DSFA durchzuführen; dokumentieren Sie Ihre Gründe, wenn Sie zu einem anderen Ergebnis kommen (auch ein einzelnes Kriterium kann genügen). Trifft ein Eintrag einer nationalen Liste nach Art. 35 Abs. 4 DSGVO zu, ist eine DSFA erforderlich.
report-dpia-vendor = { $vendor }: DSFA erforderlich: { $met }

## Cookies, Hinweise, Sicherheit, Alternativen, Vorschriften und Leitlinien

report-cookies-heading = Cookies und ähnliche Technologien
report-cookies-intro = Einwilligungspflichtige Cookies dürfen erst gesetzt werden, nachdem der Besucher eingewilligt hat (Art. 5 Abs. 3 ePrivacy-Richtlinie, in Deutschland § 25 TDDDG); führen Sie sie in Ihren Cookie-Hinweisen auf.
report-notices-heading = Texte für Datenschutzhinweise (Art. 13 und 14 DSGVO)
report-notice-privacy = Datenschutzhinweise
report-notice-employee = Datenschutzhinweise für Beschäftigte
# Wird in einen Hinweistext eingesetzt, wenn der Anbieter keine Liste der Unterauftragsverarbeiter veröffentlicht.
report-notice-no-sub-processor-list = die Dokumentation des Anbieters
report-security-heading = Sicherheits- und NIS2-Prüfung der Anbieter
report-alternatives-heading = Alternativen zu Anbietern mit hohem Risiko
report-references-heading = Vorschriften und Leitlinien

## Verzeichnisse als Tabellen (auch die CSV-Dateien)

report-register-records-of-processing = Verzeichnis von Verarbeitungstätigkeiten
report-register-processors = Auftragsverarbeiter
report-register-transfers = Verzeichnis der Drittlandübermittlungen
report-register-cookies = Cookie-Übersicht
report-register-security = Sicherheitsprüfungen
report-register-actions = Maßnahmenliste

report-column-vendor = Anbieter
report-column-purpose = Zweck
report-column-role = Rolle
report-column-lawful-bases = Rechtsgrundlagen
report-column-data-subjects = Betroffene Personen
report-column-personal-data = Personenbezogene Daten
report-column-recipient = Empfänger
report-column-third-countries = Drittländer
report-column-safeguard = Garantie
report-column-retention = Speicherdauer
report-column-company = Unternehmen
report-column-dpa = Auftragsverarbeitungsvertrag
report-column-dpa-concluded = AVV abgeschlossen
report-column-sub-processors = Unterauftragsverarbeiter
report-column-stored-in = Speicherort
report-column-destinations = Zielländer
report-column-mechanism = Übermittlungsinstrument
report-column-tia-needed = TIA erforderlich
report-column-eu-region-ends = Durch EU-Region vermeidbar
report-column-cookie = Cookie
report-column-domain = Domain
report-column-cookie-purpose = Zweck
report-column-duration = Laufzeit
report-column-set-on = Gesetzt in
report-column-consent-needed = Einwilligung erforderlich
report-column-criticality = Kritikalität des Lieferanten
report-column-vdp = Meldung von Schwachstellen
report-column-bug-bounty = Bug-Bounty
report-column-certifications = Zertifizierungen
report-column-controls = Zu nutzende Schutzfunktionen
report-column-id = ID
report-column-action = Maßnahme
report-column-priority = Priorität
report-column-owner = Zuständig
report-column-due = Frist
report-column-done = Erledigt
report-column-assumed = Beruht auf einer Annahme
report-column-what = Was zu tun ist
report-column-legal-basis = Rechtliche Grundlagen
report-column-why = Warum
report-column-note = Ihre Notiz
report-column-risk = Risiko
report-column-why-risk = Grund für dieses Risiko

report-yes = Ja
report-no = Nein
report-not-answered = Nicht beantwortet
report-not-published = Nicht veröffentlicht
report-none-published = Keine veröffentlicht
report-none-confirmed = Keine bestätigt
report-mechanism-assumed = { $mechanism } (angenommen)

## Warum eine Maßnahme im Plan steht (auch in der Anwendung)

report-reason-selected = Sie nutzen { $vendor }
report-reason-answer = { $question } — { $answer }
report-reason-assumed-unknown = { $question } — Sie haben „Weiß ich nicht“ geantwortet, daher wird die vorsichtigere Antwort angenommen
report-reason-assumed-unanswered = { $question } — noch nicht beantwortet, daher wird die vorsichtigere Antwort angenommen
report-reason-fact = Katalogeintrag zu { $vendor }: { $fact } = { $value }
report-reason-cookie = Katalogeintrag zu { $vendor }: Cookie { $cookie } = { $purpose }, { $set_on }
report-reason-affects = Betrifft die Maßnahme `{ $action }`
# Ein Listenmerkmal, dem der Wert fehlt, nach dem eine Regel sucht.
report-fact-not = nicht { $value }
report-met-yes = Ja
report-met-no = Nein
report-met-maybe = Vielleicht: hängt von einer offenen Antwort ab

## Worauf eine Erkennung beruht (Bereich „Von Ihrer Website erkennen“)

report-evidence-host = { $host } (Domain { $domain })
report-evidence-cookie = Cookie { $name }

## Kalendererinnerungen (.ics)

report-ics-calendar = DSGVO-Überprüfungen
report-ics-category = DSGVO
report-ics-plan-summary = DSGVO-Plan mit dem aktuellen Vendorplan-Katalog abgleichen
report-ics-plan-description = Anbieter ändern ihre Rechenzentren, Unterauftragsverarbeiter und Zertifizierungen, und die Liste des EU-US Data Privacy Framework (DPF) ändert sich. Öffnen Sie die Plandatei in Vendorplan, um zu sehen, was sich seit dem Katalog { $version } vom { $date } geändert hat. Nach Art. 24 Abs. 1 DSGVO sind die Maßnahmen zu überprüfen und erforderlichenfalls zu aktualisieren.
report-ics-dpa-summary = AVV und Unterauftragsverarbeiter von { $vendor } überprüfen
report-ics-dpa-description = Prüfen Sie, ob der Auftragsverarbeitungsvertrag mit { $vendor } ({ $company }) abgeschlossen und aktuell ist, und sehen Sie die Änderungen bei den Unterauftragsverarbeitern seit der letzten Überprüfung durch (Art. 28 Abs. 2 und 3 DSGVO).
report-ics-dpa-link = AVV: { $url }
report-ics-sub-processors-link = Unterauftragsverarbeiter: { $url }
report-ics-tia-summary = Transfer Impact Assessment (TIA) für { $vendor } überprüfen
report-ics-tia-description = Prüfen Sie, ob sich Recht und Praxis des Ziellands oder die Garantien des Anbieters geändert haben (EDSA-Empfehlungen 01/2020, Schritt 6: in angemessenen Abständen neu bewerten).
report-ics-retention-summary = Speicherdauer und Löschung personenbezogener Daten überprüfen
report-ics-retention-description = Prüfen Sie, ob personenbezogene Daten nach Ablauf Ihrer Speicherfristen gelöscht werden (Speicherbegrenzung, Art. 5 Abs. 1 lit. e DSGVO), insbesondere Protokolle und Exporte. Was die Anbieter aufbewahren:

## Teile der Namen heruntergeladener Dateien: Kleinbuchstaben, Wörter mit Bindestrichen

report-file-plan = dsgvo-plan
report-file-reviews = dsgvo-ueberpruefungen
report-file-records-of-processing = verarbeitungsverzeichnis
report-file-processors = auftragsverarbeiter
report-file-transfers = drittlanduebermittlungen
report-file-cookies = cookies
report-file-security = sicherheit
report-file-actions = massnahmen
report-contents = Inhalt

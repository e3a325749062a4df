# Die eigenen Texte des Befehls `vendorplan` (crates/vendorplan-cli).

cli-stats-vendors = { $vendors } Anbieter ({ $self_hosted } selbst gehostet), Katalog { $version } vom { $date }
cli-stats-per-category = Anbieter je Kategorie:
cli-stats-facts = Fakten: { $facts } ({ $sourced } mit Quelle, { $share } %): { $cookies } Cookies ({ $curated } kuratiert, { $open_data } aus der Open Cookie Database), { $domains } Domains
cli-stats-unknown = als unbekannt angegeben (Einträge):
cli-stats-oldest-review = älteste Prüfung: { $date }
cli-error-category = unbekannte Kategorie `{ $category }`; Kategorien: { $categories }
cli-error-table-needs-csv = `--table` gehört zu `--format csv`
cli-error-date = `{ $date }` ist kein Datum: Schreiben Sie es als JJJJ-MM-TT (YYYY-MM-DD)
cli-error-table = keine Tabelle `{ $table }`; die Tabellen sind: { $tables }
cli-error-csv-needs-out = CSV ist eine Datei je Tabelle: Geben Sie `--out ORDNER` an, oder `--table NAME` für eine Tabelle
cli-error-create = `{ $path }` kann nicht angelegt werden: { $reason }
cli-error-write = `{ $path }` kann nicht geschrieben werden: { $reason }
cli-error-read = `{ $path }` kann nicht gelesen werden: { $reason }
cli-error-stdout = Die Standardausgabe kann nicht geschrieben werden: { $reason }
cli-error-invalid-file = `{ $path }` ist keine gültige Antwort- oder Plandatei:
    { $problems }
cli-error-action = keine Maßnahme `{ $action }` in diesem Plan; seine Maßnahmen sind:
      { $actions }
cli-explain-rule = Regel:  { $rule } (data/rules.toml)
cli-explain-when = wenn:  { $condition }
cli-explain-when-always = wenn:  immer, für jeden ausgewählten Anbieter
cli-explain-no-rule = Regel:  keine: eine Antwort „Weiß ich nicht“, auf der andere Maßnahmen beruhen
cli-explain-assumed = Hinweis:  beruht auf einer Annahme; die Antworten auf die folgenden Fragen klären sie
cli-explain-because = weil:
cli-explain-references = Rechtliche Grundlagen:

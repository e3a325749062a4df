# Warum eine Antwortdatei, eine Plandatei oder ein Link zum Teilen nicht gelesen werden konnte
# (crates/vendorplan-core: answers.rs, share.rs). Namen in Backticks stammen aus der Datei und bleiben unverändert.

# Ein Problem an einer Stelle der Datei: `answers.jumpcloud.region_chosen: unbekannte Frage …`.
error-at = { $at }: { $problem }

## Dateien

# $detail ist die (englische) Beschreibung des JSON-Lesers.
error-file-too-big = die Datei ist { $size } MB groß; eine Vendorplan-Datei hat höchstens { $max } MB, daher wurde sie nicht gelesen
error-not-json = keine lesbare JSON-Datei: { $detail }
error-not-vendorplan = keine Vendorplan-Datei: `format` ist `{ $found }`, erwartet wird `{ $answers }` oder `{ $plan }`
error-newer-version = diese Datei wurde mit einer neueren Vendorplan-Version erstellt (Formatversion { $found }); diese Version liest Formatversionen bis { $current }: Aktualisieren Sie Vendorplan, um sie zu öffnen
error-bad-version = die Formatversion fehlt oder ist ungültig
error-plan-without-answers = eine Plandatei muss ihre Antworten enthalten
error-not-answers-file = keine lesbare Antwortdatei: { $detail }
error-wrong-format = erwartet wird `{ $expected }`, gefunden wurde `{ $found }`
error-unsupported-version = Version { $found } wird nicht unterstützt; diese Vendorplan-Version liest Version { $current }
error-unknown-vendor = unbekannter Anbieter `{ $vendor }`
error-unknown-question = unbekannte Frage `{ $question }`
error-vendor-question = diese Frage wird je Anbieter gestellt: Schreiben Sie `<Anbieter>.<Frage>`
error-organisation-question = diese Frage wird einmal für die ganze Organisation gestellt: Schreiben Sie sie ohne Anbieter
error-vendor-not-selected = der Anbieter `{ $vendor }` steht nicht in `vendors`
error-not-an-answer = `{ $answer }` ist keine Antwort auf diese Frage: erwartet wird { $expected }
error-expected-yes-no = `yes`, `no` oder `unknown`
# $options: die IDs der Optionen, jeweils in Backticks, durch Kommas getrennt.
error-expected-choice = eine der Optionen { $options } oder `unknown`
error-expected-multi-choice = eine Liste von Options-IDs oder `unknown`
error-expected-country = ein Ländercode wie `DE` oder `unknown`
error-expected-number = eine Zahl ab null oder `unknown`
error-too-long = länger als { $max } Zeichen
error-too-many-notes = mehr als { $max } Notizen

## Links zum Teilen

error-link-too-long = dieser Link zum Teilen ist zu lang: Ein Vendorplan-Link hat höchstens { $max } Zeichen
error-link-empty = dieser Link zum Teilen enthält keine Antworten: Nach `{ $prefix }` folgt nichts
error-link-bad-character = dieser Link zum Teilen ist beschädigt: Er enthält `{ $found }`, ein Link zum Teilen besteht aber nur aus Buchstaben, Ziffern, `-` und `_`; kopieren Sie den Link erneut
error-link-bad-byte = dieser Link zum Teilen ist beschädigt: Er enthält ein Zeichen, das in einem Link zum Teilen nicht vorkommen kann (nur Buchstaben, Ziffern, `-` und `_`); kopieren Sie den Link erneut
error-link-cut-off = dieser Link zum Teilen ist unvollständig oder am Ende beschädigt: Wurde er beim Kopieren abgeschnitten? Kopieren Sie den ganzen Link
error-link-padding = dieser Link zum Teilen ist beschädigt: Er enthält `=`, das in einem Link zum Teilen nicht vorkommt; kopieren Sie den Link erneut
error-link-not-text = dieser Link zum Teilen ist beschädigt: Seine Antworten sind kein Text (ungültiges UTF-8 ab Byte { $byte }); kopieren Sie den Link erneut
error-link-too-big = dieser Link zum Teilen enthält mehr als { $kib } KiB an Antworten, mehr als jeder Vendorplan-Link; er wurde nicht geöffnet
error-link-ends-early = dieser Link zum Teilen ist unvollständig: Seine Antworten brechen vorzeitig ab. Wurde er beim Kopieren abgeschnitten? Kopieren Sie den ganzen Link
error-link-damaged = dieser Link zum Teilen ist beschädigt: Seine Antworten sind keine gültigen komprimierten Daten; kopieren Sie den Link erneut

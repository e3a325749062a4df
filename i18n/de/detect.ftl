## Erkennung der Dienste einer Website

ui-detect-title = Die Dienste Ihrer Website finden
ui-detect-input = Fügen Sie den HTML-Quelltext Ihrer Seite, eine Liste von Domains oder URLs oder den Inhalt einer HAR-Datei ein, oder ziehen Sie eine Datei hierher:
ui-detect-file = Oder wählen Sie eine Datei: HTML, eine URL-Liste oder eine HAR-Datei aus den Entwicklertools Ihres Browsers (Tab „Netzwerk“, „Alle als HAR speichern“). Sie wird nur auf diesem Gerät gelesen.
ui-detect-run = Dienste finden
ui-detect-none = Es wurde kein Dienst aus dem Katalog gefunden.
ui-detect-found = gefunden: { $evidence }
ui-detect-added = hinzugefügt
ui-detect-add = { $vendor } hinzufügen
ui-detect-add-all = Alle gefundenen Dienste hinzufügen
ui-detect-reading = { $file } wird gelesen: { $percent } %
ui-detect-stop = Anhalten
ui-detect-stopped = Angehalten; die folgenden Funde stammen aus dem bisher gelesenen Teil.
ui-detect-summary = { $kind ->
    [har] HAR-Datei
    [html] HTML-Seite
   *[text] Liste oder Text
}: { $addresses ->
    [one] eine Adresse geprüft
   *[other] { $addresses } Adressen geprüft
}, { $found ->
    [0] kein Dienst gefunden
    [one] ein Dienst gefunden
   *[other] { $found } Dienste gefunden
}.
ui-detect-partial = Die folgenden Funde stammen aus dem Teil vor dem Problem.

detect-evidence-url = { $source ->
    [request] Anfrage an { $url }
    [script] Skript { $url }
    [frame] eingebettete Seite { $url }
    [resource] Stylesheet oder vorab geladene Ressource { $url }
    [media] Bild, Pixel oder Medium { $url }
    [form] Formular, das an { $url } sendet
    [link] Zahlungslink { $url }
    [inline-script] { $url } in einem eingebetteten Skript
   *[style] { $url } in einem Stylesheet
} (Katalogadresse { $matched })
detect-evidence-self-hosted = { $url } auf Ihrem eigenen Server ({ $file } ist der Tracker dieser selbst betriebenen Software)
detect-evidence-cookie-set = Cookie { $name }, gesetzt von { $host }
detect-evidence-cookie-sent = Cookie { $name }, gesendet an { $host }

detect-problem-binary = Das sieht nach einer Binärdatei aus (einem Bild, einem Archiv oder einem PDF), nicht nach dem HTML einer Seite, einer URL-Liste oder einer HAR-Datei.
detect-problem-har-syntax = Das sieht nach einer HAR-Datei aus, ist aber kein gültiges JSON: unerwartetes „{ $found }“ in Zeile { $line }, Spalte { $column }.
detect-problem-har-truncated = Diese HAR-Datei endet, bevor ihr JSON endet; sie wurde vermutlich beim Speichern oder Kopieren abgeschnitten.
detect-problem-har-too-deep = Das sieht nach einer HAR-Datei aus, ist aber tiefer verschachtelt als jede HAR-Datei (Zeile { $line }, Spalte { $column }).
detect-error-read = { $path } kann nicht gelesen werden: { $reason }

# Keeping the visitor's work safe: damaged saves, other tabs, storage turned off, crashes.
rel-recovered = Die zuletzt in diesem Browser gespeicherte Änderung ließ sich nicht wieder lesen; deshalb wurde der Stand davor wiederhergestellt. Prüfen Sie Ihre letzte Antwort.
rel-unreadable = Die in diesem Browser gespeicherte Arbeit ließ sich nicht wieder lesen; Vendorplan hat deshalb leer begonnen. Wenn Sie eine Plandatei heruntergeladen haben, importieren Sie sie unten.
rel-storage-off = Dieser Browser erlaubt Vendorplan nicht, etwas auf diesem Gerät zu speichern (der Speicher ist gesperrt, wie in manchen privaten Fenstern, bei aus einer Datei geöffneten Seiten oder durch die Einstellungen der Website). Was Sie hier tun, bleibt nach dem Schließen oder Neuladen der Seite nicht erhalten: Laden Sie die Plandatei (JSON) herunter, um Ihre Arbeit aufzubewahren, und importieren Sie sie beim nächsten Mal.
rel-export = Plandatei (JSON) herunterladen
rel-other-tab = Ihre Arbeit wurde in einem anderen Tab oder Fenster geändert. Bis Sie wählen, welche Fassung gilt, werden Änderungen hier nicht gespeichert.
rel-load-theirs = Die andere übernehmen
rel-keep-mine = Meine behalten
rel-crash-title = Etwas ist schiefgelaufen
rel-crash-body = Vendorplan wurde wegen eines Fehlers angehalten. Ihre Arbeit ist bis zur letzten Änderung gespeichert; laden Sie die Seite neu, um weiterzumachen.
rel-crash-reload = Neu laden

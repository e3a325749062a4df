# Konfiguration für Consent-Manager (crates/vendorplan-core/src/consent.rs), Download und CLI.

consent-target-klaro = Klaro 0.7 (config.js)
consent-target-cookieconsent = vanilla-cookieconsent v3
consent-target-tarteaucitron = tarteaucitron 1.x
consent-file-klaro = klaro-konfiguration
consent-file-cookieconsent = cookieconsent-konfiguration
consent-file-tarteaucitron = tarteaucitron-konfiguration
consent-your-organisation = Ihre Organisation
consent-header = { $manager }-Konfiguration für { $organisation }, von Vendorplan aus dem Cookie-Verzeichnis des Plans erstellt (Katalog { $catalog }).
consent-guidance = Orientierungshilfe, keine Rechtsberatung: Prüfen Sie die Dienste und Cookies anhand Ihrer Website, bevor Sie dieses Banner veröffentlichen.
consent-legal =
    Das Speichern von Informationen auf dem Endgerät einer Besucherin oder eines Besuchers und der Zugriff darauf erfordern eine Einwilligung, sofern sie nicht für den ausdrücklich gewünschten Dienst unbedingt erforderlich sind (Art. 5 Abs. 3 ePrivacy-Richtlinie, in Deutschland § 25 TDDDG; EDSA-Leitlinien 2/2023 zum technischen Anwendungsbereich von Art. 5 Abs. 3).
    Jeder der folgenden Dienste bleibt aus, bis er akzeptiert wird, und Ablehnen ist so einfach wie Zustimmen.
consent-usage-klaro = Laden Sie diese Datei vor Klaro: zuerst ein script-Element für diese Datei, danach eines für klaro.js mit dem Attribut defer. Versehen Sie die Skripte jedes Dienstes mit type="text/plain" und einem Attribut data-name mit dem unten genannten Namen des Dienstes, damit Klaro sie erst nach der Einwilligung ausführt.
consent-usage-cookieconsent = Laden Sie diese Datei, danach vanilla-cookieconsent, und rufen Sie CookieConsent.run(window.cookieConsentConfig) auf, sobald der Body der Seite existiert (in einem Skript mit defer oder am Ende des Body). Versehen Sie die Skripte jedes Dienstes mit type="text/plain" und einem Attribut data-category mit der unten genannten Kategorie, damit sie erst nach der Einwilligung laufen.
consent-usage-tarteaucitron = Laden Sie zuerst tarteaucitron.js, danach diese Datei.
consent-excluded-heading = Nicht im Banner, mit Begründung:
consent-excluded-none = Jeder ausgewählte Anbieter setzt einwilligungspflichtige Cookies; keiner wurde weggelassen.
consent-reason-necessary = { $vendor }: setzt auf Ihrer Website nur unbedingt erforderliche Cookies, die keine Einwilligung benötigen (Art. 5 Abs. 3 ePrivacy-Richtlinie).
consent-reason-staff = { $vendor }: setzt einwilligungspflichtige Cookies nur in den Browsern Ihrer Beschäftigten, wenn diese sich bei { $vendor } anmelden, nicht auf Ihrer Website; ein Banner auf Ihrer Website kann dafür nicht um Einwilligung bitten.
consent-reason-none = { $vendor }: Der Katalog verzeichnet für diesen Anbieter keine Cookies oder ähnlichen Speicher auf Ihrer Website.
consent-no-services = Kein ausgewählter Anbieter setzt auf Ihrer Website einwilligungspflichtige Cookies; das Banner enthält daher keine Dienste.
consent-gcm =
    Google Consent Mode v2: Der Plan enthält { $services }; deren Tags lesen den Consent Mode.
    Bis zur Entscheidung sind ad_storage, analytics_storage, ad_user_data und ad_personalization abgelehnt; die Auswahl der Besucherin oder des Besuchers aktualisiert sie. Laden Sie diese Datei vor jedem Google-Tag.
consent-tac-missing = tarteaucitron hat keinen Dienst für { $vendors }; legen Sie jeweils einen eigenen Dienst an (tarteaucitron.services) oder blockieren Sie die Skripte auf andere Weise.
consent-tac-parameters = Die meisten tarteaucitron-Dienste benötigen Ihre Konto-ID (zum Beispiel tarteaucitron.user.gtagUa für Google Analytics); setzen Sie sie so, wie es die Dokumentation von tarteaucitron für den jeweiligen Dienst beschreibt.
consent-tac-other-keys = tarteaucitron bietet außerdem: { $keys }
consent-modal-title = Wir verwenden Cookies
consent-modal-description = Wir möchten Cookies und ähnliche Technologien für die unten genannten Zwecke verwenden. Sie bleiben deaktiviert, bis Sie zustimmen, und Sie können Ihre Auswahl jederzeit ändern.
consent-accept-all = Alle akzeptieren
consent-accept-necessary = Alle ablehnen
consent-show-preferences = Einstellungen verwalten
consent-preferences-title = Cookie-Einstellungen
consent-preferences-intro = Wählen Sie, welche Kategorien Sie zulassen. Unbedingt erforderliche Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.
consent-save = Einstellungen speichern
consent-close = Schließen
consent-category-necessary = Für den Betrieb der Website erforderlich; sie benötigen keine Einwilligung.
consent-category-functional = Speichern Ihre Auswahl und ermöglichen Funktionen wie eingebettete Inhalte und Chat.
consent-category-analytics = Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.
consent-category-marketing = Dienen dazu, Werbung anzuzeigen und zu messen, auch auf anderen Websites.
consent-column-name = Cookie
consent-column-service = Dienst
consent-column-duration = Speicherdauer
consent-column-description = Beschreibung
consent-ui-label = Cookie-Banner
consent-ui-button = Konfiguration herunterladen
consent-cli-unknown-target = Unbekannter Consent-Manager `{ $target }`. Wählen Sie einen von: { $targets }

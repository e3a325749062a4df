# Consent-manager configuration (crates/vendorplan-core/src/consent.rs), its download and the CLI.

consent-target-klaro = Klaro 0.7 (config.js)
consent-target-cookieconsent = vanilla-cookieconsent v3
consent-target-tarteaucitron = tarteaucitron 1.x
consent-file-klaro = klaro-config
consent-file-cookieconsent = cookieconsent-config
consent-file-tarteaucitron = tarteaucitron-config
consent-your-organisation = your organisation
consent-header = { $manager } configuration for { $organisation }, made by Vendorplan from the cookie inventory of the plan (catalog { $catalog }).
consent-guidance = Guidance, not legal advice: check the services and cookies against your website before you publish this banner.
consent-legal =
    Storing or reading information on a visitor's device needs consent unless it is strictly necessary for the service the visitor asked for (ePrivacy Directive Art. 5(3); EDPB Guidelines 2/2023 on the technical scope of Art. 5(3)).
    Every service below is off until the visitor accepts it, and refusing is as easy as accepting.
consent-usage-klaro = Load this file before Klaro: a script element for this file first, then one for klaro.js with the defer attribute. Give each service's scripts type="text/plain" and a data-name attribute holding the service's name below, so that Klaro runs them only after consent.
consent-usage-cookieconsent = Load this file, then vanilla-cookieconsent, then call CookieConsent.run(window.cookieConsentConfig) once the page body exists (a deferred script or one at the end of the body). Give each service's scripts type="text/plain" and a data-category attribute holding its category below, so that they run only after consent.
consent-usage-tarteaucitron = Load tarteaucitron.js first, then this file.
consent-excluded-heading = Left out of the banner, with the reason:
consent-excluded-none = Every selected vendor sets cookies that need consent; none is left out.
consent-reason-necessary = { $vendor }: sets only strictly necessary cookies on your website, which need no consent (ePrivacy Directive Art. 5(3)).
consent-reason-staff = { $vendor }: its cookies that need consent are set only in your staff's browsers when they sign in to { $vendor }, not on your website; a banner on your website cannot ask for them.
consent-reason-none = { $vendor }: the catalog lists no cookies or similar storage on your website for it.
consent-no-services = No selected vendor sets cookies on your website that need consent, so the banner has no services.
consent-gcm =
    Google Consent Mode v2: the plan includes { $services }, whose tags read the consent mode.
    Until the visitor decides, ad_storage, analytics_storage, ad_user_data and ad_personalization are denied; the visitor's choice updates them. Load this file before any Google tag.
consent-tac-missing = tarteaucitron has no service for { $vendors }; add each as a custom service (tarteaucitron.services) or block its scripts another way.
consent-tac-parameters = Most tarteaucitron services need your account id (for example tarteaucitron.user.gtagUa for Google Analytics); set them as tarteaucitron's documentation for each service describes.
consent-tac-other-keys = tarteaucitron also offers: { $keys }
consent-modal-title = We use cookies
consent-modal-description = We would like to use cookies and similar technologies for the purposes below. They stay off until you agree, and you can change your choice at any time.
consent-accept-all = Accept all
consent-accept-necessary = Reject all
consent-show-preferences = Manage preferences
consent-preferences-title = Cookie preferences
consent-preferences-intro = Choose which categories you allow. Strictly necessary cookies are always on because the website does not work without them.
consent-save = Save preferences
consent-close = Close
consent-category-necessary = Needed for the website to work; they need no consent.
consent-category-functional = Remember your choices and enable features such as embedded content and chat.
consent-category-analytics = Help us understand how the website is used, so that we can improve it.
consent-category-marketing = Used to show and measure advertising, also on other websites.
consent-column-name = Cookie
consent-column-service = Service
consent-column-duration = Duration
consent-column-description = Description
consent-ui-label = Consent banner
consent-ui-button = Download configuration
consent-cli-unknown-target = Unknown consent manager `{ $target }`. Choose one of: { $targets }

# Configuration des gestionnaires de consentement (crates/vendorplan-core/src/consent.rs), téléchargement et CLI.

consent-target-klaro = Klaro 0.7 (config.js)
consent-target-cookieconsent = vanilla-cookieconsent v3
consent-target-tarteaucitron = tarteaucitron 1.x
consent-file-klaro = configuration-klaro
consent-file-cookieconsent = configuration-cookieconsent
consent-file-tarteaucitron = configuration-tarteaucitron
consent-your-organisation = votre organisation
consent-header = Configuration { $manager } pour { $organisation }, générée par Vendorplan à partir de l'inventaire des cookies du plan (catalogue { $catalog }).
consent-guidance = À titre indicatif, ne constitue pas un conseil juridique : vérifiez les services et les cookies sur votre site avant de publier ce bandeau.
consent-legal =
    Le stockage d'informations sur le terminal d'un visiteur, ou l'accès à celles-ci, requiert son consentement, sauf si c'est strictement nécessaire au service qu'il a demandé (art. 5, par. 3, de la directive ePrivacy, en France art. 82 de la loi Informatique et Libertés ; lignes directrices 2/2023 du CEPD sur le champ d'application technique de l'art. 5, par. 3).
    Chaque service ci-dessous reste désactivé tant que le visiteur ne l'a pas accepté, et refuser est aussi simple qu'accepter.
consent-usage-klaro = Chargez ce fichier avant Klaro : d'abord un élément script pour ce fichier, puis un pour klaro.js avec l'attribut defer. Donnez aux scripts de chaque service type="text/plain" et un attribut data-name portant le nom du service indiqué ci-dessous pour que Klaro ne les exécute qu'après consentement.
consent-usage-cookieconsent = Chargez ce fichier, puis vanilla-cookieconsent, puis appelez CookieConsent.run(window.cookieConsentConfig) une fois le corps de la page disponible (script avec defer ou placé à la fin du body). Donnez aux scripts de chaque service type="text/plain" et un attribut data-category portant la catégorie indiquée ci-dessous pour qu'ils ne s'exécutent qu'après consentement.
consent-usage-tarteaucitron = Chargez d'abord tarteaucitron.js, puis ce fichier.
consent-excluded-heading = Absents du bandeau, avec la raison :
consent-excluded-none = Chaque fournisseur sélectionné dépose des cookies soumis au consentement ; aucun n'est omis.
consent-reason-necessary = { $vendor } : ne dépose sur votre site que des cookies strictement nécessaires, exemptés de consentement (art. 5, par. 3, de la directive ePrivacy).
consent-reason-staff = { $vendor } : ses cookies soumis au consentement ne sont déposés que dans les navigateurs de votre personnel lorsqu'il se connecte à { $vendor }, pas sur votre site ; un bandeau sur votre site ne peut pas recueillir ce consentement.
consent-reason-none = { $vendor } : le catalogue ne recense aucun cookie ni stockage similaire sur votre site pour ce fournisseur.
consent-no-services = Aucun fournisseur sélectionné ne dépose sur votre site de cookies soumis au consentement ; le bandeau ne contient donc aucun service.
consent-gcm =
    Google Consent Mode v2 : le plan comprend { $services }, dont les balises lisent le mode consentement.
    Tant que le visiteur n'a pas choisi, ad_storage, analytics_storage, ad_user_data et ad_personalization sont refusés ; son choix les met à jour. Chargez ce fichier avant toute balise Google.
consent-tac-missing = tarteaucitron n'a pas de service pour { $vendors } ; ajoutez chacun comme service personnalisé (tarteaucitron.services) ou bloquez ses scripts autrement.
consent-tac-parameters = La plupart des services tarteaucitron demandent l'identifiant de votre compte (par exemple tarteaucitron.user.gtagUa pour Google Analytics) ; renseignez-le comme l'indique la documentation de tarteaucitron pour chaque service.
consent-tac-other-keys = tarteaucitron propose aussi : { $keys }
consent-modal-title = Nous utilisons des cookies
consent-modal-description = Nous souhaitons utiliser des cookies et des technologies similaires pour les finalités ci-dessous. Ils restent désactivés tant que vous n'avez pas donné votre accord, et vous pouvez modifier votre choix à tout moment.
consent-accept-all = Tout accepter
consent-accept-necessary = Tout refuser
consent-show-preferences = Gérer mes préférences
consent-preferences-title = Préférences en matière de cookies
consent-preferences-intro = Choisissez les catégories que vous autorisez. Les cookies strictement nécessaires sont toujours actifs, car le site ne fonctionne pas sans eux.
consent-save = Enregistrer mes préférences
consent-close = Fermer
consent-category-necessary = Indispensables au fonctionnement du site ; ils ne nécessitent pas de consentement.
consent-category-functional = Mémorisent vos choix et activent des fonctions comme les contenus intégrés et le chat.
consent-category-analytics = Nous aident à comprendre l'utilisation du site afin de l'améliorer.
consent-category-marketing = Servent à afficher et à mesurer la publicité, y compris sur d'autres sites.
consent-column-name = Cookie
consent-column-service = Service
consent-column-duration = Durée de conservation
consent-column-description = Description
consent-ui-label = Bandeau cookies
consent-ui-button = Télécharger la configuration
consent-cli-unknown-target = Gestionnaire de consentement inconnu « { $target } ». Choisissez parmi : { $targets }

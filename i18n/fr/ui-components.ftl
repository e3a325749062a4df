# Les textes des composants (src/components/*.rs), des étapes et des sections du plan (src/view.rs).

## Commun

ui-yes = Oui
ui-no = Non
ui-unknown = Je ne sais pas
ui-label-colon = { $label } :
ui-not-published = Non publié
ui-none-confirmed = Aucune confirmée

## Étapes et sections du plan

ui-step-services = Vos services
ui-step-questions = Questions
ui-step-plan = Votre plan
ui-tab-actions = Actions
ui-tab-records = Registre des traitements
ui-tab-processors = Sous-traitants
ui-tab-transfers = Transferts
ui-tab-dpia = Examen préalable AIPD
ui-tab-cookies = Cookies
ui-tab-notices = Information des personnes
ui-tab-security = Sécurité et NIS2
ui-tab-alternatives = Alternatives

## Barre des étapes

ui-stepper = Étapes
ui-stepper-step = { $number }. { $step }

## Thème

ui-theme = Thème
ui-theme-system = Système
ui-theme-light = Clair
ui-theme-dark = Sombre

## Choix des services

ui-picker-search = Rechercher des services par nom, catégorie ou domaine
ui-picker-category = Catégorie
ui-picker-all-categories = Toutes les catégories
ui-picker-selected = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
ui-picker-remove = Retirer { $vendor }
ui-picker-list = Services
ui-picker-about = Détails
ui-picker-about-vendor = Détails sur { $vendor }
ui-picker-none = Aucun service ne correspond à votre recherche.

## Questions

ui-questions-progress = Questions traitées : { $answered } sur { $total }
ui-questions-organisation = Votre organisme
ui-question-choose = Choisir…

## Résumé du plan

ui-summary-none = Aucun service sélectionné pour l'instant.
ui-summary = { $total ->
    [one] { $total } action
   *[other] { $total } actions
} : { $high } de priorité haute, { $medium } de priorité moyenne, { $low } de priorité basse. { $assumed ->
    [one] { $assumed } repose sur une hypothèse
   *[other] { $assumed } reposent sur des hypothèses
} ; { $unanswered ->
    [one] { $unanswered } question reste ouverte
   *[other] { $unanswered } questions restent ouvertes
}.

## Tableau de bord du plan

ui-dashboard-empty = Choisissez au moins un service pour voir votre plan.
ui-dashboard-risk-list = Risque par service
ui-dashboard-tabs = Sections du plan
ui-risk-high = Risque élevé
ui-risk-medium = Risque moyen
ui-risk-low = Risque faible
ui-dashboard-counts = haute : { $high } · moyenne : { $medium } · basse : { $low }

## Liste des actions

ui-actions-filter = Filtrer les actions
ui-actions-owner = Pilote
ui-actions-priority = Priorité
ui-actions-vendor = Fournisseur
ui-actions-all = Tous
ui-actions-progress = { $done } sur { $total } { $done ->
    [one] réalisée
   *[other] réalisées
} · { $shown ->
    [one] { $shown } affichée
   *[other] { $shown } affichées
}

## Une action

ui-action-done = Réalisée : { $action }
ui-action-assumption = hypothèse à vérifier
ui-action-has-note = note
ui-action-when = Échéance :
ui-action-why = Pourquoi cette action figure dans votre plan
ui-action-legal-basis = Fondement juridique
ui-action-note = Votre note
ui-action-note-placeholder = Qui a fait quoi, quand, où le document est classé. Figure dans chaque téléchargement.

## Registres

ui-register-no-service = Aucun service sélectionné.
ui-register-art30-may-apply = L'exemption prévue à l'art. 30, par. 5, RGPD peut s'appliquer.
ui-register-art30-does-not-apply = L'exemption prévue à l'art. 30, par. 5, RGPD ne s'applique pas : ces services sont utilisés de manière régulière, et non occasionnelle.
ui-register-not-answered = Sans réponse
ui-register-no-processor = Aucun des services sélectionnés ne traite de données pour votre compte.
ui-register-assumed = { $mechanism } (hypothèse)
ui-register-dpia-required = Une AIPD est requise pour au moins un service.
ui-register-dpia-maybe = Une AIPD peut être requise : cela dépend de questions encore sans réponse.
ui-register-dpia-not-indicated = L'examen préalable n'indique pas qu'une AIPD soit nécessaire.
ui-register-dpia-vendor = AIPD requise : { $result }
ui-register-dpia-national = ({ $result }) : { $item }
ui-register-no-cookie = À notre connaissance, les services sélectionnés ne déposent aucun cookie.
ui-register-notice-privacy = politique de confidentialité
ui-register-notice-employee = information des salariés
ui-register-notice-copy-privacy = Copier le texte pour la politique de confidentialité
ui-register-notice-copy-employee = Copier le texte pour l'information des salariés
ui-register-no-notice = Aucun texte d'information : choisissez d'abord un service.
ui-register-none-published = Aucune politique publiée
ui-register-no-alternative = Aucun service à risque élevé pour lequel le catalogue propose des alternatives.
ui-register-instead-of = Au lieu de { $vendor }

## Colonnes des registres

ui-col-vendor = Fournisseur
ui-col-purpose = Finalité
ui-col-role = Rôle
ui-col-lawful-bases = Bases légales
ui-col-data-subjects = Personnes concernées
ui-col-personal-data = Données à caractère personnel
ui-col-recipient = Destinataire
ui-col-third-countries = Pays tiers
ui-col-safeguard = Garantie
ui-col-retention = Durée de conservation
ui-col-company = Société
ui-col-dpa = Contrat de sous-traitance
ui-col-dpa-concluded = Contrat de sous-traitance conclu
ui-col-sub-processors = Sous-traitants ultérieurs
ui-col-stored-in = Lieu de stockage
ui-col-destination = Destination
ui-col-mechanism = Instrument de transfert
ui-col-tia-needed = TIA requise
ui-col-eu-region-ends = Une région UE y mettrait fin
ui-col-cookie = Cookie
ui-col-domain = Domaine
ui-col-duration = Durée
ui-col-set-on = Déposé sur
ui-col-consent-needed = Consentement requis
ui-col-supplier-criticality = Criticité du fournisseur
ui-col-vulnerability-disclosure = Signalement des vulnérabilités
ui-col-bug-bounty = Programme de bug bounty
ui-col-certifications = Certifications
ui-col-controls = Fonctions de sécurité à utiliser

## Téléchargements

ui-downloads-organisation = Organisme (figure sur chaque téléchargement)
ui-downloads-group = Télécharger le plan
ui-download-pdf = Rapport PDF
ui-download-docx = Document Word
ui-download-html = Page web (prête à imprimer)
ui-download-md = Liste de contrôle Markdown
ui-download-ics = Rappels de réexamen (calendrier)
ui-download-json = Fichier du plan (réimportable)
ui-downloads-csv = Tableur (CSV) :
ui-downloads-csv-button = Télécharger le CSV
ui-downloads-share = Copier un lien de partage
ui-downloads-saved-copy = Ceci est une copie enregistrée de Vendorplan : elle fonctionne sans réseau.
ui-downloads-save-offline = Enregistrer pour une utilisation hors ligne
ui-downloads-offline-saved = { $file } enregistré : ouvrez-le depuis vos téléchargements, avec ou sans réseau. Vos réponses restent dans ce navigateur ; exportez le fichier du plan pour les emporter.
ui-downloads-offline-failed = La copie hors ligne n'a pas pu être enregistrée : { $error }. Réessayez lorsque vous serez en ligne.
ui-downloads-share-link = Lien de partage (copié ; les réponses voyagent dans le lien lui-même, jamais vers un serveur) :

## Import

ui-import-label = Importer un fichier de plan ou de réponses enregistré (ou le déposer ici)
ui-import-done = « { $file } » importé.
ui-import-failed = Ce fichier n'a pas été importé ; vos réponses actuelles sont inchangées :
ui-import-unreadable = « { $file } » n'a pas pu être lu : { $error }

## Page d'un service

ui-vendor-unknown = Service inconnu
ui-vendor-unknown-text = Le catalogue ne contient aucun service « { $id } ».
ui-vendor-back-short = Retour
ui-vendor-back = ← Retour à votre plan
ui-vendor-processes = Ce qui est traité
ui-vendor-hosting = Hébergement et transferts
ui-vendor-documents = Documents et durée de conservation
ui-vendor-cookies = Cookies
ui-vendor-security = Sécurité
ui-vendor-controls = Fonctions de sécurité à activer
ui-vendor-alternatives = Alternatives
ui-vendor-sources = Sources
ui-vendor-cookie = { $purpose }, { $duration }, { $set_on } : { $description }
ui-vendor-supports = étaye : { $fields }
ui-fact-company = Société
ui-fact-categories = Catégories
ui-fact-deployment = Déploiement
ui-fact-reviewed = Vérifié le
ui-fact-role = Rôle
ui-fact-data-subjects = Personnes concernées
ui-fact-personal-data = Données à caractère personnel
ui-fact-lawful-bases = Bases légales
ui-fact-why = Justification
ui-fact-regions = Régions
ui-fact-eu-region = Région UE
ui-fact-dpf = Cadre de protection des données UE–États-Unis (Data Privacy Framework, DPF)
ui-fact-scc = Clauses contractuelles types (CCT) dans le contrat de sous-traitance
ui-fact-transfers = Transferts
ui-fact-dpa = Contrat de sous-traitance
ui-fact-sub-processors = Sous-traitants ultérieurs
ui-fact-privacy-policy = Politique de confidentialité
ui-fact-retention = Durée de conservation
ui-fact-vdp = Signalement des vulnérabilités
ui-fact-response = Délai de réponse
ui-fact-certifications = Certifications
ui-fact-nis2 = NIS2
ui-fact-dpia = AIPD

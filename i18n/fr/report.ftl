# Le plan en tant que document, ses registres, fichiers CSV et calendrier (crates/vendorplan-core :
# report.rs, explain.rs, export.rs, sections.rs, detect.rs). Texte brut : chaque format l'échappe.

## Le document et sa page de garde

report-title = Plan RGPD
report-disclaimer = Ce plan est une aide pour vous conformer au RGPD, et non un conseil juridique. Il repose sur les informations publiques du catalogue et sur vos réponses ; confrontez-le à vos propres contrats et paramètres, et prenez l'avis d'un juriste lorsque les enjeux sont importants.
# Une date lisible. Les nombres arrivent avec un zéro initial : année 2026, mois 03, jour 05.
report-date = { $day }/{ $month }/{ $year }
report-cover-for = Pour { $organisation }
report-cover-made = Établi le { $date }
report-catalog = Catalogue Vendorplan { $version } du { $date }
# L'origine d'un fichier, dans les formats sans page de garde (CSV, calendrier).
report-stamp-made = Établi le { $date } avec le catalogue Vendorplan { $version } du { $catalog_date }.
report-stamp = Établi avec le catalogue Vendorplan { $version } du { $catalog_date }.
# « Libellé : valeur », dans les titres et les listes.
report-label-value = { $label } : { $value }
# Un libellé devant un texte, comme dans « Fondement juridique : … ».
report-label = { $label } :
# Entre les éléments d'une liste dans le texte courant (références, raisons).
report-list-separator = { " ; " }
report-decimal-separator = ,

## Synthèse

report-summary = Synthèse
report-summary-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
report-summary-counts = { $vendors ->
    [one] pour { $vendors } service
   *[other] pour { $vendors } services
} : { $high } de priorité haute, { $medium } de priorité moyenne et { $low } de priorité basse.
report-summary-assumed = { $count ->
    [one] { $count } d'entre elles repose sur une hypothèse : répondre aux questions ouvertes peut la faire disparaître.
   *[other] { $count } d'entre elles reposent sur une hypothèse : répondre aux questions ouvertes peut les faire disparaître.
}
report-summary-done = { $count ->
    [one] { $count } est cochée comme réalisée.
   *[other] { $count } sont cochées comme réalisées.
}

## Actions

report-actions = Actions
report-actions-none = Aucune action : choisissez les services que vous utilisez pour obtenir un plan.
report-priority-heading = Priorité : { $priority }
report-action-meta = Pilote : { $owner } · Échéance : { $due }
report-action-meta-assumed = Pilote : { $owner } · Échéance : { $due } · Repose sur une hypothèse à vérifier
report-legal-basis = Fondement juridique
report-why-in-plan = Pourquoi cette action figure dans votre plan
report-your-note = Votre note

## Registres

report-registers = Registres
report-records-heading = Registre des activités de traitement (art. 30 RGPD)
report-art30-exemption-not = L'exemption prévue à l'art. 30, par. 5, RGPD ne s'applique pas : ces services sont utilisés de manière régulière et non occasionnelle, le registre est donc obligatoire quelle que soit la taille de l'organisme.
report-processors-heading = Sous-traitants (art. 28 RGPD)
report-transfers-heading = Transferts hors de l'EEE (chapitre V du RGPD)
report-transfers-none = Aucun des services sélectionnés ne transfère de données à caractère personnel hors de l'EEE.

## Examen préalable AIPD

report-dpia-heading = Examen préalable de la nécessité d'une AIPD (art. 35 RGPD, critères du WP248)
report-dpia-required = Une AIPD est requise pour au moins un service.
report-dpia-maybe = Une AIPD peut être requise : cela dépend de réponses encore en attente.
report-dpia-none = L'examen préalable n'indique pas qu'une AIPD soit nécessaire.
report-dpia-rule = Lorsque deux critères du WP248 ou plus sont remplis, une AIPD est nécessaire dans la plupart des cas ; documentez vos raisons si vous concluez autrement (un seul critère peut aussi suffire). Une AIPD est requise dès qu'une entrée d'une liste nationale établie au titre de l'art. 35, par. 4, RGPD s'applique.
report-dpia-vendor = { $vendor } : AIPD requise : { $met }

## Cookies, information des personnes, sécurité, alternatives, références

report-cookies-heading = Cookies et technologies similaires
report-cookies-intro = Les cookies soumis à consentement ne doivent pas être déposés avant l'accord du visiteur (art. 5, par. 3, de la directive ePrivacy ; en France, art. 82 de la loi Informatique et Libertés) ; mentionnez-les dans votre politique relative aux cookies.
report-notices-heading = Textes d'information des personnes (art. 13 et 14 RGPD)
report-notice-privacy = politique de confidentialité
report-notice-employee = information des salariés
# Inséré dans un texte d'information lorsque le fournisseur ne publie pas de liste de sous-traitants ultérieurs.
report-notice-no-sub-processor-list = la documentation du fournisseur
report-security-heading = Contrôles de sécurité et NIS2 des fournisseurs
report-alternatives-heading = Alternatives aux fournisseurs à risque élevé
report-references-heading = Références juridiques

## Les registres en tableaux (et en fichiers CSV)

report-register-records-of-processing = Registre des activités de traitement
report-register-processors = Sous-traitants
report-register-transfers = Registre des transferts
report-register-cookies = Inventaire des cookies
report-register-security = Contrôles de sécurité
report-register-actions = Liste des actions

report-column-vendor = Fournisseur
report-column-purpose = Finalité
report-column-role = Rôle
report-column-lawful-bases = Bases légales
report-column-data-subjects = Personnes concernées
report-column-personal-data = Données à caractère personnel
report-column-recipient = Destinataire
report-column-third-countries = Pays tiers
report-column-safeguard = Garantie
report-column-retention = Durée de conservation
report-column-company = Société
report-column-dpa = Contrat de sous-traitance
report-column-dpa-concluded = Contrat conclu
report-column-sub-processors = Sous-traitants ultérieurs
report-column-stored-in = Lieu de stockage
report-column-destinations = Destinations
report-column-mechanism = Instrument de transfert
report-column-tia-needed = TIA requise
report-column-eu-region-ends = Une région UE y mettrait fin
report-column-cookie = Cookie
report-column-domain = Domaine
report-column-cookie-purpose = Finalité
report-column-duration = Durée
report-column-set-on = Déposé sur
report-column-consent-needed = Consentement requis
report-column-criticality = Criticité du fournisseur
report-column-vdp = Signalement des vulnérabilités
report-column-bug-bounty = Programme de bug bounty
report-column-certifications = Certifications
report-column-controls = Fonctions de sécurité à utiliser
report-column-id = Identifiant
report-column-action = Action
report-column-priority = Priorité
report-column-owner = Pilote
report-column-due = Échéance
report-column-done = Réalisée
report-column-assumed = Repose sur une hypothèse
report-column-what = Que faire
report-column-legal-basis = Fondement juridique
report-column-why = Pourquoi
report-column-note = Votre note
report-column-risk = Risque
report-column-why-risk = Raison de ce risque

report-yes = Oui
report-no = Non
report-not-answered = Sans réponse
report-not-published = Non publié
report-none-published = Aucune politique publiée
report-none-confirmed = Aucune confirmée
report-mechanism-assumed = { $mechanism } (hypothèse)

## Pourquoi une action figure dans le plan (également affiché dans l'application)

report-reason-selected = Vous utilisez { $vendor }
report-reason-answer = { $question } — { $answer }
report-reason-assumed-unknown = { $question } — vous avez répondu « Je ne sais pas », la réponse la plus prudente est donc retenue
report-reason-assumed-unanswered = { $question } — pas encore de réponse, la réponse la plus prudente est donc retenue
report-reason-fact = Fiche { $vendor } : { $fact } = { $value }
report-reason-cookie = Fiche { $vendor } : cookie { $cookie } = { $purpose }, { $set_on }
report-reason-affects = Concerne l'action `{ $action }`
# Une caractéristique de liste à laquelle manque la valeur recherchée par une règle.
report-fact-not = pas { $value }
report-met-yes = Oui
report-met-no = Non
report-met-maybe = Peut-être : dépend d'une réponse en attente

## Ce sur quoi repose une détection (panneau « Détecter depuis votre site »)

report-evidence-host = { $host } (domaine { $domain })
report-evidence-cookie = cookie { $name }

## Rappels de calendrier (.ics)

report-ics-calendar = Revues RGPD
report-ics-category = RGPD
report-ics-plan-summary = Revoir le plan RGPD au regard du catalogue Vendorplan actuel
report-ics-plan-description = Les fournisseurs changent de centres de données, de sous-traitants ultérieurs et de certifications, et la liste du cadre de protection des données UE–États-Unis (Data Privacy Framework, DPF) évolue. Ouvrez le fichier du plan dans Vendorplan pour voir ce qui a changé depuis le catalogue { $version } du { $date }. L'article 24, paragraphe 1, du RGPD exige que les mesures soient réexaminées et actualisées si nécessaire.
report-ics-dpa-summary = Revoir le contrat de sous-traitance et les sous-traitants ultérieurs de { $vendor }
report-ics-dpa-description = Vérifiez que le contrat de sous-traitance avec { $vendor } ({ $company }) est conclu et à jour, et prenez connaissance des changements de sous-traitants ultérieurs depuis la dernière revue (art. 28, par. 2 et 3, RGPD).
report-ics-dpa-link = Contrat de sous-traitance : { $url }
report-ics-sub-processors-link = Sous-traitants ultérieurs : { $url }
report-ics-tia-summary = Revoir l'analyse d'impact des transferts (TIA) pour { $vendor }
report-ics-tia-description = Vérifiez si le droit et la pratique du pays de destination, ainsi que les garanties du fournisseur, ont changé (recommandations 01/2020 du CEPD, étape 6 : réévaluer à intervalles appropriés).
report-ics-retention-summary = Revoir la conservation et la suppression des données à caractère personnel
report-ics-retention-description = Vérifiez que les données à caractère personnel sont supprimées à l'issue de vos durées de conservation (limitation de la conservation, art. 5, par. 1, point e), RGPD), en particulier les journaux et les exports. Ce que conservent les fournisseurs :

## Parties des noms de fichiers téléchargés : minuscules, mots reliés par des traits d'union

report-file-plan = plan-rgpd
report-file-reviews = revues-rgpd
report-file-records-of-processing = registre-des-traitements
report-file-processors = sous-traitants
report-file-transfers = transferts
report-file-cookies = cookies
report-file-security = securite
report-file-actions = actions
report-contents = Sommaire

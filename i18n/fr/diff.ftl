## Comparaison d'un plan antérieur avec le plan actuel (`vendorplan diff`, « Comparer avec un plan antérieur »).

diff-error-not-plan = Ce fichier n'est pas un plan que Vendorplan peut lire : { $detail }
diff-organisation = Votre organisation
diff-not-answered = sans réponse
diff-none = aucun
diff-answer = { $question } : { $old } → { $new }
diff-heading = Changements entre le plan du catalogue { $old } et le plan du catalogue { $new }
diff-releases = Versions du catalogue entre les deux :
diff-answers = { $count ->
    [one] Une réponse a changé :
   *[other] { $count } réponses ont changé :
}
diff-nothing = Rien n'a changé.
diff-section-selection = Sélection
diff-section-actions = Actions
diff-section-cookies = Cookies
diff-section-transfers = Transferts
diff-section-dpia = AIPD
diff-vendor-added = Ajouté à la sélection.
diff-vendor-removed = Ne fait plus partie de la sélection.
diff-action-new = Nouvelle action : { $title } (priorité { $priority }, { $due }).
diff-action-gone = N'est plus nécessaire : { $title }.
diff-action-priority = { $title } : priorité { $old } → { $new }.
diff-action-due = { $title } : échéance { $old } → { $new }.
diff-cookie-added = Nouveau cookie { $name } ({ $purpose }, { $duration }).
diff-cookie-removed = Le cookie { $name } a disparu.
diff-cookie-purpose = Cookie { $name } : finalité { $old } → { $new }.
diff-cookie-duration = Cookie { $name } : durée de conservation { $old } → { $new }.
diff-no-third-country = données dans l'UE/EEE
diff-transfer = Transfert ({ $country }) : { $old } → { $new }.
diff-dpf = Data Privacy Framework (DPF) : { $old } → { $new }.
diff-eu-region = Région UE : { $old } → { $new }.
diff-dpia = AIPD requise : { $old } → { $new }.
diff-cause-catalog = Motif : le catalogue a changé.
diff-cause-note = { $version } : { $note }
diff-cause-catalog-notes = Motif : le catalogue a changé : { $notes }
diff-cause-selection = Motif : vous avez modifié la sélection des services.
diff-cause-answers = { $count ->
    [one] Motif : vous avez modifié votre réponse à : { $questions }
   *[other] Motif : vous avez modifié vos réponses à : { $questions }
}
diff-ui-title = Comparer avec un plan antérieur
diff-ui-intro = Choisissez un fichier de plan téléchargé auparavant pour voir ce qui a changé depuis, et pourquoi. Vos réponses actuelles restent inchangées.
diff-ui-label = Fichier du plan antérieur (.json)
diff-ui-failed = Ce fichier ne peut pas être comparé :
diff-ui-unreadable = { $file } n'a pas pu être lu : { $error }
diff-ui-result = Changements depuis le plan du { $date } (catalogue { $version })
diff-cli-invalid-plan = `{ $path }` n'est pas un fichier de plan comparable :
    { $problems }

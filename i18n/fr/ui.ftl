# Cadre de la page : en-tête, étapes, bandeaux et pied de page (src/app.rs, src/components/language_menu.rs).

ui-page-title = Vendorplan : un plan RGPD pour les services que vous utilisez
ui-language = Langue
ui-skip-to-content = Aller au contenu
ui-tagline = Choisissez les services que vous utilisez, répondez à quelques questions et repartez avec votre plan RGPD. Tout reste dans ce navigateur.
ui-not-saved = Le stockage de ce navigateur pour cette page est plein : Vendorplan ne peut pas y conserver vos dernières modifications. Rien n’est perdu tant que la page reste ouverte : téléchargez le fichier du plan (JSON) pour le conserver et importez-le la prochaine fois.
ui-share-link-broken = Ce lien de partage n'a pas pu être ouvert ; vos réponses enregistrées n'ont pas changé.
ui-share-link-confirm = Ouvrir les réponses partagées ? Elles remplaceront les réponses enregistrées dans ce navigateur.
ui-dismiss = Fermer
ui-start-over = Recommencer
ui-start-over-confirm = Recommencer ? Votre sélection et vos réponses seront effacées.
ui-forget = Tout oublier sur cet appareil
ui-forget-confirm = Oublier tout ce que Vendorplan a enregistré dans ce navigateur ?
ui-plan-so-far = Votre plan jusqu'ici
ui-footer-note = Une aide, pas un conseil juridique. Rien de ce que vous saisissez ne quitte cet appareil.
ui-status-none-selected = aucun sélectionné
ui-status-pick-first = choisissez d'abord un service
ui-status-selected = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
ui-status-open = { $count ->
    [one] { $count } question ouverte
   *[other] { $count } questions ouvertes
}
ui-status-actions = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
ui-next = Suivant : { $step }
ui-language-failed = Cette langue n'a pas pu être chargée ({ $reason }) ; la page reste dans sa langue actuelle.

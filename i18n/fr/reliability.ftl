# Keeping the visitor's work safe: damaged saves, other tabs, crashes.
rel-recovered = La dernière modification enregistrée dans ce navigateur n'a pas pu être relue ; le travail enregistré juste avant a donc été restauré. Vérifiez votre réponse la plus récente.
rel-unreadable = Le travail enregistré dans ce navigateur n'a pas pu être relu ; Vendorplan a donc démarré à vide. Si vous avez téléchargé un fichier de plan, importez-le ci-dessous.
rel-export = Télécharger le fichier du plan (JSON)
rel-other-tab = Votre travail a été modifié dans un autre onglet ou une autre fenêtre. Tant que vous n'avez pas choisi la version à garder, les modifications faites ici ne sont pas enregistrées.
rel-load-theirs = Charger l'autre version
rel-keep-mine = Garder la mienne
rel-crash-title = Un problème est survenu
rel-crash-body = Vendorplan s'est arrêté à cause d'une erreur. Votre travail est enregistré jusqu'à la dernière modification ; rechargez la page pour continuer.
rel-crash-reload = Recharger

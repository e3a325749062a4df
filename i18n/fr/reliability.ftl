# Keeping the visitor's work safe: damaged saves, other tabs, storage turned off, crashes.
rel-recovered = La dernière modification enregistrée dans ce navigateur n'a pas pu être relue ; le travail enregistré juste avant a donc été restauré. Vérifiez votre réponse la plus récente.
rel-unreadable = Le travail enregistré dans ce navigateur n'a pas pu être relu ; Vendorplan a donc démarré à vide. Si vous avez téléchargé un fichier de plan, importez-le ci-dessous.
rel-storage-off = Ce navigateur ne permet pas à Vendorplan d'enregistrer quoi que ce soit sur cet appareil (stockage bloqué, comme dans certaines fenêtres privées, sur les pages ouvertes depuis un fichier ou par les réglages du site). Rien de ce que vous faites ici n'est conservé une fois la page fermée ou rechargée : téléchargez le fichier du plan (JSON) pour garder votre travail et importez-le la prochaine fois.
rel-export = Télécharger le fichier du plan (JSON)
rel-other-tab = Votre travail a été modifié dans un autre onglet ou une autre fenêtre. Tant que vous n'avez pas choisi la version à garder, les modifications faites ici ne sont pas enregistrées.
rel-load-theirs = Charger l'autre version
rel-keep-mine = Garder la mienne
rel-crash-title = Un problème est survenu
rel-crash-body = Vendorplan s'est arrêté à cause d'une erreur. Votre travail est enregistré jusqu'à la dernière modification ; rechargez la page pour continuer.
rel-crash-reload = Recharger

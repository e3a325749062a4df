## Détection des services utilisés par un site web

ui-detect-title = Trouver les services utilisés par votre site web
ui-detect-input = Collez le code source HTML de votre page, une liste de domaines ou d'URL, ou le contenu d'un fichier HAR, ou déposez un fichier ici :
ui-detect-file = Ou choisissez un fichier : HTML, liste d'URL, ou fichier HAR enregistré depuis les outils de développement de votre navigateur (onglet « Réseau », « Tout enregistrer au format HAR »). Il n'est lu que sur cet appareil.
ui-detect-run = Trouver les services
ui-detect-none = Aucun service du catalogue n'a été trouvé.
ui-detect-found = détecté par : { $evidence }
ui-detect-added = ajouté
ui-detect-add = Ajouter { $vendor }
ui-detect-add-all = Ajouter tous les services trouvés
ui-detect-reading = Lecture de { $file } : { $percent } %
ui-detect-stop = Arrêter
ui-detect-stopped = Arrêté ; les résultats ci-dessous proviennent de la partie déjà lue.
ui-detect-summary = { $kind ->
    [har] Fichier HAR
    [html] Page HTML
   *[text] Liste ou texte
} : { $addresses ->
    [one] une adresse vérifiée
   *[other] { $addresses } adresses vérifiées
}, { $found ->
    [0] aucun service trouvé
    [one] un service trouvé
   *[other] { $found } services trouvés
}.
ui-detect-partial = Les résultats ci-dessous proviennent de la partie située avant le problème.

detect-evidence-url = { $source ->
    [request] requête vers { $url }
    [script] script { $url }
    [frame] page intégrée { $url }
    [resource] feuille de style ou ressource préchargée { $url }
    [media] image, pixel ou média { $url }
    [form] formulaire envoyé à { $url }
    [link] lien de paiement { $url }
    [inline-script] { $url } dans un script intégré
   *[style] { $url } dans une feuille de style
} (adresse du catalogue { $matched })
detect-evidence-self-hosted = { $url } sur votre propre serveur ({ $file } est le traceur de ce logiciel auto-hébergé)
detect-evidence-cookie-set = cookie { $name } déposé par { $host }
detect-evidence-cookie-sent = cookie { $name } envoyé à { $host }

detect-problem-binary = Il semble s'agir d'un fichier binaire (une image, une archive ou un PDF), et non du code HTML d'une page, d'une liste d'URL ou d'un fichier HAR.
detect-problem-har-syntax = Il semble s'agir d'un fichier HAR, mais ce n'est pas du JSON valide : « { $found } » inattendu à la ligne { $line }, colonne { $column }.
detect-problem-har-truncated = Ce fichier HAR se termine avant la fin de son JSON ; il a probablement été tronqué lors de l'enregistrement ou de la copie.
detect-problem-har-too-deep = Il semble s'agir d'un fichier HAR, mais son imbrication est plus profonde que celle de tout fichier HAR (ligne { $line }, colonne { $column }).
detect-error-read = Impossible de lire { $path } : { $reason }

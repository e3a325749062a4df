# Les textes propres de la commande `vendorplan` (crates/vendorplan-cli).

cli-stats-vendors = { $vendors } fournisseurs ({ $self_hosted } auto-hébergés), catalogue { $version } du { $date }
cli-stats-per-category = fournisseurs par catégorie :
cli-stats-facts = faits : { $facts } ({ $sourced } avec source, { $share } %) : { $cookies } cookies ({ $curated } vérifiés, { $open_data } issus de l'Open Cookie Database), { $domains } domaines
cli-stats-unknown = déclarés inconnus (fiches) :
cli-stats-oldest-review = plus ancienne vérification : { $date }
cli-error-category = catégorie inconnue `{ $category }` ; catégories : { $categories }
cli-error-table-needs-csv = `--table` s'utilise avec `--format csv`
cli-error-date = `{ $date }` n'est pas une date : utilisez le format AAAA-MM-JJ
cli-error-table = pas de tableau `{ $table }` ; les tableaux sont : { $tables }
cli-error-csv-needs-out = CSV produit un fichier par tableau : indiquez `--out DOSSIER`, ou `--table NOM` pour un seul tableau
cli-error-create = impossible de créer `{ $path }` : { $reason }
cli-error-write = impossible d'écrire `{ $path }` : { $reason }
cli-error-read = impossible de lire `{ $path }` : { $reason }
cli-error-stdout = impossible d'écrire sur la sortie standard : { $reason }
cli-error-invalid-file = `{ $path }` n'est pas un fichier de réponses ou de plan valide :
    { $problems }
cli-error-action = pas d'action `{ $action }` dans ce plan ; ses actions sont :
      { $actions }
cli-explain-rule = règle :  { $rule } (data/rules.toml)
cli-explain-when = si :  { $condition }
cli-explain-when-always = si :  toujours, pour chaque fournisseur sélectionné
cli-explain-no-rule = règle :  aucune : une réponse « Je ne sais pas » sur laquelle reposent d'autres actions
cli-explain-assumed = remarque :  repose sur une hypothèse ; répondre aux questions ci-dessous la lève
cli-explain-because = parce que :
cli-explain-references = références :

# Pourquoi un fichier de réponses, un fichier de plan ou un lien de partage n'a pas pu être lu
# (crates/vendorplan-core : answers.rs, share.rs). Les noms entre accents graves sont ceux du fichier et restent tels quels.

# Un problème à un endroit du fichier : `answers.jumpcloud.region_chosen : question inconnue …`.
error-at = { $at } : { $problem }

## Fichiers

# $detail est la description (en anglais) donnée par le lecteur JSON.
error-file-too-big = le fichier fait { $size } Mo ; un fichier Vendorplan ne dépasse pas { $max } Mo, il n’a donc pas été lu
error-not-json = fichier JSON illisible : { $detail }
error-not-vendorplan = ce n'est pas un fichier Vendorplan : `format` vaut `{ $found }` au lieu de `{ $answers }` ou `{ $plan }`
error-newer-version = ce fichier a été créé par une version plus récente de Vendorplan (version de format { $found }) ; cette version lit les versions jusqu'à { $current } : mettez Vendorplan à jour pour l'ouvrir
error-bad-version = version de format absente ou invalide
error-plan-without-answers = un fichier de plan doit contenir ses réponses
error-not-answers-file = fichier de réponses illisible : { $detail }
error-wrong-format = `{ $found }` trouvé au lieu de `{ $expected }`
error-unsupported-version = la version { $found } n'est pas prise en charge ; cette version de Vendorplan lit la version { $current }
error-unknown-vendor = fournisseur inconnu `{ $vendor }`
error-unknown-question = question inconnue `{ $question }`
error-vendor-question = cette question est posée pour chaque fournisseur : écrivez `<fournisseur>.<question>`
error-organisation-question = cette question est posée une seule fois pour l'organisme : écrivez-la sans fournisseur
error-vendor-not-selected = le fournisseur `{ $vendor }` ne figure pas dans `vendors`
error-not-an-answer = `{ $answer }` n'est pas une réponse à cette question ; valeur attendue : { $expected }
error-expected-yes-no = `yes`, `no` ou `unknown`
# $options : les identifiants des options, chacun entre accents graves, séparés par des virgules.
error-expected-choice = l'une des options { $options }, ou `unknown`
error-expected-multi-choice = une liste d'identifiants d'options, ou `unknown`
error-expected-country = un code de pays tel que `DE`, ou `unknown`
error-expected-number = un nombre supérieur ou égal à zéro, ou `unknown`
error-too-long = plus de { $max } caractères
error-too-many-notes = plus de { $max } notes

## Liens de partage

error-link-too-long = ce lien de partage est trop long : un lien Vendorplan compte au plus { $max } caractères
error-link-empty = ce lien de partage ne contient aucune réponse : rien ne suit `{ $prefix }`
error-link-bad-character = ce lien de partage est endommagé : il contient `{ $found }`, alors qu'un lien de partage ne comporte que des lettres, des chiffres, `-` et `_` ; copiez à nouveau le lien
error-link-bad-byte = ce lien de partage est endommagé : il contient un caractère qu'un lien de partage ne peut pas comporter (uniquement des lettres, des chiffres, `-` et `_`) ; copiez à nouveau le lien
error-link-cut-off = ce lien de partage est incomplet ou endommagé à la fin : a-t-il été tronqué lors de la copie ? Copiez le lien en entier
error-link-padding = ce lien de partage est endommagé : il contient `=`, qu'un lien de partage ne comporte jamais ; copiez à nouveau le lien
error-link-not-text = ce lien de partage est endommagé : ses réponses ne sont pas du texte (UTF-8 invalide à partir de l'octet { $byte }) ; copiez à nouveau le lien
error-link-too-big = ce lien de partage contient plus de { $kib } Kio de réponses, davantage que tout lien Vendorplan ; il n'a pas été ouvert
error-link-ends-early = ce lien de partage est incomplet : ses réponses s'arrêtent trop tôt. A-t-il été tronqué lors de la copie ? Copiez le lien en entier
error-link-damaged = ce lien de partage est endommagé : ses réponses ne sont pas des données compressées valides ; copiez à nouveau le lien

# The `vendorplan` command's own texts (crates/vendorplan-cli).

cli-stats-vendors = { $vendors } vendors ({ $self_hosted } self-hosted), catalog { $version } of { $date }
cli-stats-per-category = vendors per category:
cli-stats-facts = facts: { $facts } ({ $sourced } sourced, { $share } %): { $cookies } cookies ({ $curated } curated, { $open_data } from the Open Cookie Database), { $domains } domains
cli-stats-unknown = stated as unknown (records):
cli-stats-oldest-review = oldest review: { $date }
cli-error-category = unknown category `{ $category }`; categories: { $categories }
cli-error-table-needs-csv = `--table` goes with `--format csv`
cli-error-date = `{ $date }` is not a date: write it as YYYY-MM-DD
cli-error-table = no table `{ $table }`; the tables are: { $tables }
cli-error-csv-needs-out = CSV is one file per table: give `--out FOLDER`, or `--table NAME` for one table
cli-error-create = cannot create `{ $path }`: { $reason }
cli-error-write = cannot write `{ $path }`: { $reason }
cli-error-read = cannot read `{ $path }`: { $reason }
cli-error-stdout = cannot write to standard output: { $reason }
cli-error-invalid-file = `{ $path }` is not a valid answers or plan file:
    { $problems }
cli-error-action = no action `{ $action }` in this plan; its actions are:
      { $actions }
cli-explain-rule = rule:  { $rule } (data/rules.toml)
cli-explain-when = when:  { $condition }
cli-explain-when-always = when:  always, for every selected vendor
cli-explain-no-rule = rule:  none: an "I don't know" answer that other actions rest on
cli-explain-assumed = note:  rests on an assumption; answering the questions below settles it
cli-explain-because = because:
cli-explain-references = references:

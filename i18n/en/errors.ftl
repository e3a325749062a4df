# Why an answers file, a plan file or a share link could not be read (crates/vendorplan-core:
# answers.rs, share.rs). Names in backticks are the file's own words and stay as they are.

# A problem at a place in the file: `answers.jumpcloud.region_chosen: unknown question …`.
error-at = { $at }: { $problem }

## Files

# $detail is the JSON reader's own (English) description.
error-file-too-big = the file is { $size } MB; a Vendorplan file is at most { $max } MB, so it was not read
error-not-json = not a readable JSON file: { $detail }
error-not-vendorplan = not a Vendorplan file: `format` is `{ $found }`, expected `{ $answers }` or `{ $plan }`
error-newer-version = this file was made by a newer Vendorplan (format version { $found }); this one reads versions up to { $current }: update Vendorplan to open it
error-bad-version = missing or invalid format version
error-plan-without-answers = a plan file must carry its answers
error-not-answers-file = not a readable answers file: { $detail }
error-wrong-format = expected `{ $expected }`, found `{ $found }`
error-unsupported-version = version { $found } is not supported; this version of Vendorplan reads version { $current }
error-unknown-vendor = unknown vendor `{ $vendor }`
error-unknown-question = unknown question `{ $question }`
error-vendor-question = this question is asked per vendor: write `<vendor>.<question>`
error-organisation-question = this question is asked once for the organisation: write it without a vendor
error-vendor-not-selected = vendor `{ $vendor }` is not in `vendors`
error-not-an-answer = `{ $answer }` is not an answer to this question: expected { $expected }
error-expected-yes-no = `yes`, `no` or `unknown`
# $options: the option ids, each in backticks, separated by commas.
error-expected-choice = one of { $options } or `unknown`
error-expected-multi-choice = a list of option ids, or `unknown`
error-expected-country = a country code such as `DE`, or `unknown`
error-expected-number = a number of zero or more, or `unknown`
error-too-long = longer than { $max } characters
error-too-many-notes = more than { $max } notes

## Share links

error-link-too-long = this share link is too long: a Vendorplan link has at most { $max } characters
error-link-empty = this share link carries no answers: nothing follows `{ $prefix }`
error-link-bad-character = this share link is damaged: it contains `{ $found }`, but a share link has only letters, digits, `-` and `_`; copy the link again
error-link-bad-byte = this share link is damaged: it contains a character that a share link cannot have (only letters, digits, `-` and `_`); copy the link again
error-link-cut-off = this share link is incomplete or damaged at its end: was it cut off when copied? Copy the whole link
error-link-padding = this share link is damaged: it has `=` where a share link has none; copy the link again
error-link-not-text = this share link is damaged: its answers are not text (invalid UTF-8 at byte { $byte }); copy the link again
error-link-too-big = this share link holds more than { $kib } KiB of answers, more than any Vendorplan link; it was not opened
error-link-ends-early = this share link is incomplete: its answers end early. Was it cut off when copied? Copy the whole link
error-link-damaged = this share link is damaged: its answers are not valid compressed data; copy the link again

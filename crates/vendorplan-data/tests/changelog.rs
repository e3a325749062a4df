//! `data/changelog.toml` on a copy of the real data folder: strict fields, releases in order
//! ending at the catalog's version, and changes that name real vendors and rules.
#![cfg(feature = "load")]

mod common;

use std::fs;
use std::path::Path;

/// The errors of the real data folder with `changelog` in place of its changelog.
fn errors_with(name: &str, changelog: &str) -> String {
    let dir = common::copy_of_data(&format!("changelog-{name}"));
    fs::write(dir.join("changelog.toml"), changelog).unwrap();
    let errors = match vendorplan_data::load::load_dir(&dir) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    };
    fs::remove_dir_all(&dir).unwrap();
    errors
}

fn catalog() -> (String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let t: toml::Table = fs::read_to_string(root.join("data/catalog.toml"))
        .unwrap()
        .parse()
        .unwrap();
    (
        t["version"].as_str().unwrap().to_owned(),
        t["date"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn a_history_with_removed_vendors_and_rules_is_accepted() {
    let (version, date) = catalog();
    let errors = errors_with(
        "ok",
        &format!(
            r#"
[[release]]
version = "2025.9.0"
date = "2025-09-01"
note = "Older."

[[release]]
version = "{version}"
date = "{date}"
note = "Newer."
changes = [
    {{ vendor = "jumpcloud", facts = ["transfers.dpf", "cookies"], note = "DPF." }},
    {{ vendor = "gone-vendor", removed = true, note = "Taken out." }},
    {{ rule = "record-of-processing", note = "Reworded." }},
    {{ rule = "gone-rule", removed = true, note = "Taken out." }},
]
"#
        ),
    );
    assert_eq!(errors, "");
}

#[test]
fn every_problem_is_named_with_its_field() {
    let (version, date) = catalog();
    let errors = errors_with(
        "bad",
        &format!(
            r#"
[[release]]
version = "{version}"
date = "{date}"
note = "Same version twice."

[[release]]
version = "2025.1"
date = "2025-01-01"
note = "Out of order, and not the catalog's."
changes = [
    {{ vendor = "jumpclod", note = "Typo." }},
    {{ rule = "no-such-rule", note = "Unknown." }},
    {{ vendor = "jumpcloud", facts = ["transfer.dpf"], note = "Bad fact." }},
    {{ note = "Neither." }},
    {{ vendor = "jumpcloud", rule = "record-of-processing", note = "Both." }},
]
"#
        ),
    );
    for expected in [
        "changelog.toml: release[1]: the newest release is `2025.1`",
        "release[1].version: `2025.1` does not come after the release above it",
        "release[1].date: `2025-01-01` is before the date of the release above it",
        "release[1].changes[0].vendor: no record has the id `jumpclod`",
        "help: did you mean `jumpcloud`?",
        "release[1].changes[1].rule: no rule has the id `no-such-rule`",
        "release[1].changes[2].facts[0]: `transfer.dpf` is not a field of a vendor record",
        "release[1].changes[3]: name either a `vendor` or a `rule`",
        "release[1].changes[4]: name either a `vendor` or a `rule`",
    ] {
        assert!(errors.contains(expected), "no {expected:?} in:\n{errors}");
    }
}

#[test]
fn unknown_fields_and_an_empty_changelog_are_refused() {
    let errors = errors_with(
        "strict",
        "[[release]]\nversion = \"1\"\ndate = \"2025-01-01\"\nnote = \"x\"\nauthor = \"me\"\n",
    );
    assert!(errors.contains("unknown field `author`"), "{errors}");
    let errors = errors_with("empty", "");
    assert!(
        errors.contains("changelog.toml: release: no release"),
        "{errors}"
    );
}

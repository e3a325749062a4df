//! Whole-record checks on a copy of the real data folder: the merge of `data/imported/` (curated
//! facts win, rejects apply, a stale reject is an error) and the legal consistency of a record.
#![cfg(feature = "load")]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// A copy of the real data folder with the `jumpcloud` record changed by `edit`.
fn data_with_edit(name: &str, edit: impl FnOnce(String) -> String) -> PathBuf {
    let dir = common::copy_of_data(&format!("records-{name}"));
    fs::create_dir_all(dir.join("imported")).unwrap();
    let record = dir.join("vendors/jumpcloud.toml");
    let text = fs::read_to_string(&record).unwrap();
    fs::write(&record, edit(text)).unwrap();
    dir
}

/// A copy of the real data folder with `jumpcloud` mapped to an imported file.
fn data_with_import(name: &str, reject: &str, imported: &str) -> PathBuf {
    let dir = data_with_edit(name, |text| {
        format!("{text}\n[open_data]\nocd = [\"JumpCloud\"]\nreject = [{reject}]\n")
    });
    fs::write(dir.join("imported/jumpcloud.toml"), imported).unwrap();
    dir
}

fn errors_of(dir: &Path) -> String {
    let errors = vendorplan_data::load::load_dir(dir)
        .unwrap_err()
        .to_string();
    fs::remove_dir_all(dir).unwrap();
    errors
}

#[test]
fn consent_alone_is_refused_for_staff() {
    let dir = data_with_edit("staff-consent", |t| {
        t.replacen(
            r#"lawful_bases = ["contract", "legitimate-interests"]"#,
            r#"lawful_bases = ["consent"]"#,
            1,
        )
    });
    let errors = errors_of(&dir);
    assert!(
        errors.contains("purposes[0].lawful_bases: consent alone is not a valid basis for staff"),
        "{errors}"
    );
}

#[test]
fn visitor_tracking_cookies_need_a_consent_purpose() {
    let dir = data_with_edit("tracking", |t| {
        t.replacen(
            r#"purpose = "strictly-necessary"
duration = "session"
set_on = "staff""#,
            r#"purpose = "marketing"
duration = "session"
set_on = "visitors""#,
            1,
        )
    });
    let errors = errors_of(&dir);
    assert!(errors.contains("purposes: the `session` cookie (marketing) is set on visitors, but no purpose rests on consent"), "{errors}");
}

#[test]
fn self_hosted_software_gives_the_vendor_no_role() {
    let dir = data_with_edit("self-hosted", |t| {
        t.replacen(r#"deployment = "saas""#, r#"deployment = "self-hosted""#, 1)
    });
    let errors = errors_of(&dir);
    assert!(
        errors.contains("purposes[0].role: `processor`, but the software is self-hosted"),
        "{errors}"
    );
    assert!(
        errors.contains("transfers.dpf: a self-hosted deployment has no transfer to certify"),
        "{errors}"
    );
}

const IMPORTED: &str = r#"
vendor = "jumpcloud"
domains = [
  { domain = "jumpcloud.com", source = "third-party-web:JumpCloud" },
  { domain = "cdn.jumpcloud.com", source = "third-party-web:JumpCloud" },
  { domain = "wrong.example.com", source = "third-party-web:JumpCloud" },
]

[[cookies]]
name = "session"
domain = "console.jumpcloud.com"
purpose = "marketing"
duration = "1 year"
set_on = "visitors"
description = "A dataset row that the curated cookie of the same name replaces."
source = "open-cookie-database:1"

[[cookies]]
name = "_jc_visit"
domain = "jumpcloud.com"
purpose = "functional"
duration = "30 minutes"
set_on = "visitors"
description = "Remembers the chosen language."
source = "open-cookie-database:2"

[[cookies]]
name = "_jc_wrong"
domain = "jumpcloud.com"
purpose = "analytics"
duration = "1 year"
set_on = "visitors"
description = "A row a reviewer found wrong."
source = "open-cookie-database:3"
"#;

#[test]
fn imported_facts_merge_under_curated_ones_and_rejects() {
    let dir = data_with_import(
        "merge",
        r#"{ name = "_jc_wrong", reason = "not set by JumpCloud" }, { name = "wrong.example.com", reason = "not JumpCloud's" }"#,
        IMPORTED,
    );
    let data = vendorplan_data::load::load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let v = data
        .vendors
        .iter()
        .find(|v| v.id.as_str() == "jumpcloud")
        .unwrap();
    let session = v.cookies.iter().find(|c| c.name == "session").unwrap();
    assert_eq!(session.source, "console-cookies", "the curated cookie wins");
    assert!(v
        .cookies
        .iter()
        .any(|c| c.name == "_jc_visit" && c.source == "open-cookie-database:2"));
    assert!(!v.cookies.iter().any(|c| c.name == "_jc_wrong"));
    assert!(v.domains.iter().any(|d| d == "cdn.jumpcloud.com"));
    assert!(!v.domains.iter().any(|d| d == "wrong.example.com"));
    assert_eq!(
        v.domains.iter().filter(|d| *d == "jumpcloud.com").count(),
        1
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_reject_that_matches_nothing_and_an_orphan_file_are_errors() {
    let dir = data_with_import(
        "stale",
        r#"{ name = "_gone", reason = "was wrong" }"#,
        IMPORTED,
    );
    fs::write(dir.join("imported/nobody.toml"), "vendor = \"nobody\"\n").unwrap();
    let errors = vendorplan_data::load::load_dir(&dir)
        .unwrap_err()
        .to_string();
    assert!(
        errors.contains(
            "jumpcloud.toml: open_data.reject[0]: `_gone` is not among the facts imported"
        ),
        "{errors}"
    );
    assert!(
        errors.contains("nobody.toml: vendor: no record has the id `nobody`"),
        "{errors}"
    );
    fs::remove_dir_all(dir).unwrap();
}

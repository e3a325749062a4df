//! `vendorplan diff` on the fixture pair in `tests/diff/` (see its README), with the catalog's
//! own changelog.

mod common;

use common::vendorplan;

use std::path::PathBuf;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/diff")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn the_table_lists_changes_by_vendor_with_their_causes() {
    let out = stdout(&vendorplan(&[
        "diff",
        &fixture("old-plan.json"),
        &fixture("new-plan.json"),
    ]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "Changes from the plan of catalog 2026.10.0 to the plan of catalog 2026.11.0"
    );
    assert!(out.contains("2 answers changed:"), "{out}");
    assert!(
        out.contains(
            "  - Where is your JumpCloud account hosted?: In the default region → In the EU region"
        ),
        "{out}"
    );
    let ga = lines
        .iter()
        .position(|l| *l == "Google Analytics")
        .expect(&out);
    assert_eq!(
        lines[ga + 1],
        "  [Cookies] New cookie FPLC (Analytics, 20 hours)."
    );
    // The real changelog has no entry for this vendor, so the catalog is named without a note.
    assert_eq!(lines[ga + 2], "      Because the catalog changed.");
    let jc = lines.iter().position(|l| *l == "JumpCloud").expect(&out);
    assert_eq!(
        lines[jc + 1],
        "  [Actions] No longer needed: Host your JumpCloud account in the EU region."
    );
    assert_eq!(
        lines[jc + 2],
        "      Because you changed your answer to: Where is your JumpCloud account hosted?"
    );
    assert!(out.contains(
        "  [Transfers] Transfer (United States): EU-US Data Privacy Framework (Art. 45) → Standard Contractual Clauses (Art. 46(2)(c))."
    ), "{out}");
}

#[test]
fn json_is_the_diff_and_new_defaults_to_the_current_catalog_on_the_old_answers() {
    let out = stdout(&vendorplan(&[
        "diff",
        &fixture("old-plan.json"),
        "--format",
        "json",
    ]));
    let d: vendorplan_core::diff::Diff = serde_json::from_str(&out).unwrap();
    assert_eq!(d.old_catalog.version, "2026.10.0");
    assert_eq!(d.new_catalog, vendorplan_core::dataset().catalog);
    // The same answers on both sides: everything is the catalog's doing.
    assert!(d.answers.is_empty());
    let changes: Vec<_> = d.vendors.iter().flat_map(|v| &v.changes).collect();
    assert!(changes.iter().all(|c| c.cause.catalog && !c.cause.answers));
    assert!(changes.iter().any(|c| matches!(
        &c.what,
        vendorplan_core::diff::What::ActionGone { id, .. } if id == "cookie-wall-check:hubspot"
    )));
}

#[test]
fn the_report_follows_lang() {
    let out = stdout(&vendorplan(&[
        "--lang",
        "de",
        "diff",
        &fixture("old-plan.json"),
        &fixture("new-plan.json"),
    ]));
    assert!(
        out.starts_with("Änderungen vom Plan mit Katalog 2026.10.0"),
        "{out}"
    );
    assert!(out.contains("[Cookies] Neues Cookie FPLC"), "{out}");
    assert!(out.contains("Grund: Der Katalog wurde geändert."), "{out}");
}

#[test]
fn an_answers_file_or_a_newer_plan_is_refused() {
    let answers = std::env::temp_dir().join(format!("vendorplan-diff-{}.json", std::process::id()));
    std::fs::write(
        &answers,
        r#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{}}"#,
    )
    .unwrap();
    let out = vendorplan(&["diff", answers.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("is not a plan file that can be compared"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let mut newer: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("old-plan.json")).unwrap()).unwrap();
    newer["version"] = 7.into();
    std::fs::write(&answers, newer.to_string()).unwrap();
    let out = vendorplan(&["diff", answers.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("version: "), "{err}");
    assert!(err.contains('7'), "{err}");
    std::fs::remove_file(&answers).ok();
}

//! Comparing an older plan with a newer one: the fixture pair in `tests/diff/` (see its README)
//! and the changes and causes expected between them.

use std::path::PathBuf;

use vendorplan_core::answers::{AnswerKey, ImportProblem};
use vendorplan_core::diff::{self, Cause, Change, Diff, ReadError, Section, Snapshot, What};
use vendorplan_core::engine::build_plan;
use vendorplan_data::{Changelog, CookiePurpose, Dataset, Priority, TransferMechanism};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/diff")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The catalog with the made-up changelog of the fixtures in place of the real one.
fn data() -> Dataset {
    let mut data = vendorplan_core::dataset().clone();
    data.changelog = toml::from_str::<Changelog>(&fixture("changelog.toml")).unwrap();
    data
}

fn old_plan() -> Snapshot {
    diff::read_plan(&fixture("old-plan.json")).unwrap()
}

fn new_plan() -> Snapshot {
    diff::read_plan(&fixture("new-plan.json")).unwrap()
}

fn changes<'a>(d: &'a Diff, vendor: Option<&str>) -> &'a [Change] {
    d.vendors
        .iter()
        .find(|v| v.vendor.as_ref().map(|v| v.as_str()) == vendor)
        .map_or(&[], |v| &v.changes)
}

fn find<'a>(d: &'a Diff, vendor: &str, f: impl Fn(&What) -> bool) -> &'a Change {
    changes(d, Some(vendor))
        .iter()
        .find(|c| f(&c.what))
        .unwrap_or_else(|| {
            panic!(
                "no such change for {vendor} in {:#?}",
                changes(d, Some(vendor))
            )
        })
}

fn key(s: &str) -> AnswerKey {
    serde_json::from_value(s.into()).unwrap()
}

fn notes(c: &Cause) -> Vec<&str> {
    c.notes.iter().map(|n| n.note.as_str()).collect()
}

fn catalog_only(c: &Cause, note: &str) {
    assert!(c.catalog && !c.answers, "{c:?}");
    assert_eq!(notes(c), [note], "{c:?}");
    assert!(c.changed.is_empty());
}

#[test]
fn the_fixture_pair_differs_by_catalog_and_by_answers_each_with_its_cause() {
    let data = data();
    let d = diff::diff(&data, &old_plan(), &new_plan());

    assert_eq!(d.old_catalog.version, "2026.10.0");
    assert_eq!(d.new_catalog.version, data.catalog.version);
    let releases: Vec<&str> = d.releases.iter().map(|r| r.version.as_str()).collect();
    assert_eq!(
        releases,
        ["2026.11.0"],
        "the old plan's own release is not in between"
    );

    let answers: Vec<(String, Option<String>, Option<String>)> = d
        .answers
        .iter()
        .map(|a| {
            (
                a.key.to_string(),
                a.old.as_ref().map(ToString::to_string),
                a.new.as_ref().map(ToString::to_string),
            )
        })
        .collect();
    assert_eq!(
        answers,
        [
            ("hubspot.dpa_signed".into(), None, Some("yes".into())),
            (
                "jumpcloud.region_chosen".into(),
                Some("default".into()),
                Some("eu".into())
            ),
        ]
    );

    // Google Analytics: one new cookie, from the catalog.
    let ga = changes(&d, Some("google-analytics"));
    assert_eq!(ga.len(), 1, "{ga:#?}");
    assert_eq!(ga[0].section, Section::Cookies);
    assert_eq!(
        ga[0].what,
        What::CookieAdded {
            name: "FPLC".into(),
            purpose: CookiePurpose::Analytics,
            duration: "20 hours".into()
        }
    );
    catalog_only(
        &ga[0].cause,
        "Added the FPLC cookie of the server-side tag.",
    );

    // HubSpot: the DPF status, and what follows from it, came from the catalog.
    let dpf_note =
        "HubSpot is no longer listed as DPF-certified; its US transfer rests on the SCCs.";
    let dpf = find(&d, "hubspot", |w| matches!(w, What::DpfStatus { .. }));
    assert_eq!(
        dpf.what,
        What::DpfStatus {
            old: Some("certified".into()),
            new: Some("unknown".into())
        }
    );
    catalog_only(&dpf.cause, dpf_note);
    let transfer = find(&d, "hubspot", |w| matches!(w, What::Transfer { .. }));
    assert_eq!(
        transfer.what,
        What::Transfer {
            country: Some("US".into()),
            old: Some(TransferMechanism::Dpf),
            new: Some(TransferMechanism::Scc)
        }
    );
    catalog_only(&transfer.cause, dpf_note);
    let tia = find(
        &d,
        "hubspot",
        |w| matches!(w, What::ActionNew { id, .. } if id == "transfer-impact-assessment:hubspot"),
    );
    assert_eq!(tia.section, Section::Actions);
    catalog_only(&tia.cause, dpf_note);
    let verify = find(
        &d,
        "hubspot",
        |w| matches!(w, What::ActionGone { id, .. } if id == "verify-dpf-certification:hubspot"),
    );
    catalog_only(&verify.cause, dpf_note);

    // A rule's note explains its actions, not the vendor's.
    let wall = find(
        &d,
        "hubspot",
        |w| matches!(w, What::ActionGone { id, .. } if id == "cookie-wall-check:hubspot"),
    );
    catalog_only(
        &wall.cause,
        "Rule cookie-wall-check removed: the cookie-consent rule covers it.",
    );
    let notice = find(&d, "hubspot", |w| matches!(w, What::ActionPriority { .. }));
    assert_eq!(
        notice.what,
        What::ActionPriority {
            id: "privacy-notice:hubspot".into(),
            title: "Describe HubSpot in your privacy notice".into(),
            old: Priority::Low,
            new: Priority::Medium
        }
    );
    catalog_only(
        &notice.cause,
        "A privacy notice entry is now medium priority.",
    );

    // The visitor's answers: the DPA signed, JumpCloud moved to the EU region.
    let dpa = find(
        &d,
        "hubspot",
        |w| matches!(w, What::ActionGone { id, .. } if id == "sign-dpa:hubspot"),
    );
    assert!(!dpa.cause.catalog && dpa.cause.answers, "{:?}", dpa.cause);
    assert_eq!(dpa.cause.changed, [key("hubspot.dpa_signed")]);
    assert!(dpa.cause.notes.is_empty());
    assert_eq!(changes(&d, Some("hubspot")).len(), 7);

    let jc = changes(&d, Some("jumpcloud"));
    assert_eq!(jc.len(), 1, "{jc:#?}");
    assert!(
        matches!(&jc[0].what, What::ActionGone { id, .. } if id == "choose-eu-region:jumpcloud")
    );
    assert!(!jc[0].cause.catalog && jc[0].cause.answers);
    assert_eq!(jc[0].cause.changed, [key("jumpcloud.region_chosen")]);

    assert!(
        changes(&d, None).is_empty(),
        "the organisation's actions are the same"
    );
    assert_eq!(d.vendors.len(), 3);
}

#[test]
fn without_a_new_file_the_old_answers_are_replayed_and_only_the_catalog_changed() {
    let data = data();
    let old = old_plan();
    let new = Snapshot::from(&build_plan(
        &data,
        &diff::replayable_answers(&old.answers, &data),
    ));
    let d = diff::diff(&data, &old, &new);
    assert!(d.answers.is_empty());
    let all: Vec<&Change> = d.vendors.iter().flat_map(|v| &v.changes).collect();
    assert!(!all.is_empty());
    for c in &all {
        assert!(c.cause.catalog && !c.cause.answers, "{c:?}");
    }
    // The answer changes of the fixture pair are not there.
    assert!(!all
        .iter()
        .any(|c| matches!(&c.what, What::ActionGone { id, .. } if id == "sign-dpa:hubspot")));
    assert!(changes(&d, Some("jumpcloud")).is_empty());
}

#[test]
fn a_vendor_taken_out_of_the_catalog_is_removed_by_the_catalog_not_by_the_visitor() {
    let data = data();
    let mut json: serde_json::Value = serde_json::from_str(&fixture("old-plan.json")).unwrap();
    json["answers"]["vendors"]
        .as_array_mut()
        .unwrap()
        .push("acme-crm".into());
    json["answers"]["answers"]["acme-crm.dpa_signed"] = "yes".into();
    json["summary"]["vendors"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "acme-crm", "name": "Acme CRM",
            "actions": {"high": 0, "medium": 0, "low": 0}, "risk": "low", "why": []
        }));
    let old = diff::read_plan(&json.to_string()).unwrap();
    let d = diff::diff(&data, &old, &new_plan());
    let acme = d
        .vendors
        .iter()
        .find(|v| v.vendor.as_ref().is_some_and(|v| v.as_str() == "acme-crm"))
        .expect("the removed vendor is listed");
    assert_eq!(acme.name, "Acme CRM", "named as the old plan named it");
    assert_eq!(acme.changes.len(), 1);
    assert_eq!(acme.changes[0].what, What::VendorRemoved);
    catalog_only(
        &acme.changes[0].cause,
        "Acme CRM was taken out of the catalog: the service was discontinued.",
    );
    assert!(
        !d.answers
            .iter()
            .any(|a| a.key == key("acme-crm.dpa_signed")),
        "the catalog dropped that answer, the visitor did not change it"
    );
}

#[test]
fn a_new_plan_of_another_catalog_is_explained_by_the_answers_each_item_rests_on() {
    let data = data();
    let mut new = new_plan();
    // Not the current catalog: no replay is possible, so the causes come from `because`.
    new.catalog.version = "2026.12.0".into();
    let d = diff::diff(&data, &old_plan(), &new);
    let dpa = find(
        &d,
        "hubspot",
        |w| matches!(w, What::ActionGone { id, .. } if id == "sign-dpa:hubspot"),
    );
    assert!(dpa.cause.answers && !dpa.cause.catalog, "{:?}", dpa.cause);
    assert_eq!(dpa.cause.changed, [key("hubspot.dpa_signed")]);
    let fplc = find(&d, "google-analytics", |w| {
        matches!(w, What::CookieAdded { .. })
    });
    catalog_only(&fplc.cause, "Added the FPLC cookie of the server-side tag.");
}

#[test]
fn a_change_of_both_the_catalog_and_the_answers_names_both() {
    let data = data();
    let mut new = new_plan();
    // The replayed old answers give `medium` (the catalog's change from the old `low`); a new
    // plan at `high` differs from that too, which only the answers can explain.
    let action = new
        .actions
        .iter_mut()
        .find(|a| a.id == "privacy-notice:hubspot")
        .unwrap();
    action.priority = Priority::High;
    let d = diff::diff(&data, &old_plan(), &new);
    let c = find(&d, "hubspot", |w| matches!(w, What::ActionPriority { .. }));
    assert!(c.cause.catalog && c.cause.answers, "{:?}", c.cause);
    assert_eq!(
        notes(&c.cause),
        ["A privacy notice entry is now medium priority."]
    );
    let text = diff::describe_cause(&data, &c.cause);
    assert!(text.contains("catalog changed"), "{text}");
    assert!(
        text.contains("HubSpot's data processing agreement"),
        "{text}"
    );
}

#[test]
fn the_diff_is_plain_json_and_reads_back() {
    let data = data();
    let d = diff::diff(&data, &old_plan(), &new_plan());
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["vendors"][0]["vendor"], "google-analytics");
    assert_eq!(
        json["vendors"][0]["changes"][0]["what"]["kind"],
        "cookie-added"
    );
    assert_eq!(json["answers"][0]["key"], "hubspot.dpa_signed");
    let back: Diff = serde_json::from_value(json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn the_report_is_in_the_language_of_the_dataset() {
    let d = diff::diff(&data(), &old_plan(), &new_plan());
    let en = diff::report(&data(), &d);
    assert!(
        en.contains("New cookie FPLC (Analytics, 20 hours)."),
        "{en}"
    );
    assert!(
        en.contains("Because the catalog changed: 2026.11.0: Added the FPLC cookie"),
        "{en}"
    );
    assert!(
        en.contains("Because you changed your answer to: Where is your JumpCloud account hosted?"),
        "{en}"
    );
    let de = diff::report(vendorplan_core::catalog::dataset_in("de"), &d);
    assert!(de.contains("Neues Cookie FPLC"), "{de}");
    assert!(de.contains("Grund: Sie haben Ihre Antwort"), "{de}");
    assert!(!de.contains('⟦'), "{de}");
    let fr = diff::report(vendorplan_core::catalog::dataset_in("fr"), &d);
    assert!(fr.contains("Nouveau cookie FPLC"), "{fr}");
    assert!(!fr.contains('⟦'), "{fr}");
}

#[test]
fn only_plan_files_of_this_or_an_older_version_are_read() {
    let problem = |json: &str| match diff::read_plan(json) {
        Err(ReadError::Import(e)) => e[0].problem.clone(),
        other => panic!("{other:?}"),
    };
    assert!(matches!(problem("not json"), ImportProblem::NotJson { .. }));
    assert!(matches!(
        problem(r#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{}}"#),
        ImportProblem::NotVendorplan { .. }
    ));
    let mut newer: serde_json::Value = serde_json::from_str(&fixture("old-plan.json")).unwrap();
    newer["version"] = 99.into();
    assert!(matches!(
        problem(&newer.to_string()),
        ImportProblem::NewerVersion { found: 99, .. }
    ));
    let mut broken: serde_json::Value = serde_json::from_str(&fixture("old-plan.json")).unwrap();
    broken["actions"] = "none".into();
    assert!(matches!(
        diff::read_plan(&broken.to_string()),
        Err(ReadError::NotPlan { .. })
    ));
}

#[test]
fn every_kind_is_named_as_in_json() {
    let d = diff::diff(&data(), &old_plan(), &new_plan());
    for c in d.vendors.iter().flat_map(|v| &v.changes) {
        let json = serde_json::to_value(&c.what).unwrap();
        assert_eq!(json["kind"], c.what.kind());
    }
}

#[test]
fn a_plan_file_reads_as_the_snapshot_of_the_plan_it_holds() {
    let json = fixture("new-plan.json");
    let plan: vendorplan_core::Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(diff::read_plan(&json).unwrap(), Snapshot::from(&plan));
}

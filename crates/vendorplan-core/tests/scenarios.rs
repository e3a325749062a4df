//! Reference scenarios: `tests/scenarios/*.toml`, each an organisation's answers and the plan a
//! DPO expects, with the sources that say why. Fixture vendors for situations the catalog does not
//! cover yet live in `tests/scenarios/fixtures/vendors/` and are validated like catalog records.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod common;

use common::{data_with_fixtures, root};
use serde::Deserialize;
use vendorplan_core::answers::{Answer, AnswersFile};
use vendorplan_core::engine::build_plan;
use vendorplan_core::plan::{Met, Plan, Risk};
use vendorplan_data::{Dataset, DpiaCriterion, TransferMechanism, VendorId};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: String,
    /// Where the expectations come from: GDPR articles, guidelines, national law.
    sources: Vec<String>,
    vendors: Vec<VendorId>,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// Action ids that must be in the plan.
    #[serde(default)]
    actions: Vec<String>,
    /// Action ids that must not be in the plan.
    #[serde(default)]
    no_actions: Vec<String>,
    /// Action ids that must be in the plan and rest on an assumption.
    #[serde(default)]
    assumed: Vec<String>,
    /// Action ids that must be in the plan and rest on no assumption.
    #[serde(default)]
    certain: Vec<String>,
    /// Reference ids the plan must cite / must not cite.
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    no_references: Vec<String>,
    /// Vendor id → transfer mechanism.
    #[serde(default)]
    transfer: BTreeMap<String, TransferMechanism>,
    /// Vendor id → whether a transfer impact assessment is needed.
    #[serde(default)]
    tia: BTreeMap<String, bool>,
    dpia_required: Option<bool>,
    /// Vendor id → criteria met for certain.
    #[serde(default)]
    dpia_criteria: BTreeMap<String, Vec<DpiaCriterion>>,
    /// Vendor id → national list entries that apply.
    #[serde(default)]
    dpia_national: BTreeMap<String, Vec<String>>,
    /// `vendor/cookie` → `yes`, `no` or `maybe`.
    #[serde(default)]
    cookie_consent: BTreeMap<String, Met>,
    art30_exemption: Option<bool>,
    /// Vendor id → risk level.
    #[serde(default)]
    risk: BTreeMap<String, Risk>,
    /// Vendor ids that must appear with a privacy notice / an employee notice.
    #[serde(default)]
    privacy_notice: Vec<String>,
    #[serde(default)]
    employee_notice: Vec<String>,
}

fn check(data: &Dataset, path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let s: Scenario = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    let mut fail = |m: String| failures.push(format!("{}: {}: {m}", path.display(), s.title));
    if s.sources.is_empty() {
        fail("cite at least one source for the expectations".into());
    }
    let file = AnswersFile {
        format: "vendorplan-answers".into(),
        version: 1,
        vendors: s.vendors.clone(),
        done: Vec::new(),
        organisation: String::new(),
        notes: Default::default(),
        answers: s
            .answers
            .iter()
            .map(|(k, v)| {
                (
                    serde_json::from_value(k.as_str().into()).unwrap(),
                    v.clone(),
                )
            })
            .collect(),
    };
    let answers = match file.into_answers(data) {
        Ok(a) => a,
        Err(e) => {
            fail(format!("answers: {e:?}"));
            return failures;
        }
    };
    let plan: Plan = build_plan(data, &answers);
    let action = |id: &str| plan.actions.iter().find(|a| a.id == id);
    let e = &s.expect;
    for id in &e.actions {
        if action(id).is_none() {
            fail(format!("expected action `{id}`"));
        }
    }
    for id in &e.no_actions {
        if action(id).is_some() {
            fail(format!("unexpected action `{id}`"));
        }
    }
    for id in &e.assumed {
        match action(id) {
            Some(a) if a.assumed => {}
            Some(_) => fail(format!("`{id}` should rest on an assumption")),
            None => fail(format!("expected assumed action `{id}`")),
        }
    }
    for id in &e.certain {
        match action(id) {
            Some(a) if !a.assumed => {}
            Some(_) => fail(format!("`{id}` should not rest on an assumption")),
            None => fail(format!("expected action `{id}`")),
        }
    }
    let cited = |id: &str| plan.references.iter().any(|r| r.id.as_str() == id);
    for id in &e.references {
        if !cited(id) {
            fail(format!("expected reference `{id}`"));
        }
    }
    for id in &e.no_references {
        if cited(id) {
            fail(format!("unexpected reference `{id}`"));
        }
    }
    // A vendor's transfer is its weakest row in the register; a TIA is due if any row needs one.
    let rows = |vendor: &str| {
        plan.transfers
            .iter()
            .filter(|t| t.vendor.as_str() == vendor)
            .collect::<Vec<_>>()
    };
    for (vendor, mechanism) in &e.transfer {
        let got = rows(vendor).iter().map(|t| t.mechanism).max();
        if got != Some(*mechanism) {
            fail(format!(
                "transfer for `{vendor}`: expected {mechanism}, got {got:?}"
            ));
        }
    }
    for (vendor, tia) in &e.tia {
        let rows = rows(vendor);
        let got = (!rows.is_empty()).then(|| rows.iter().any(|t| t.tia_required));
        if got != Some(*tia) {
            fail(format!("TIA for `{vendor}`: expected {tia}, got {got:?}"));
        }
    }
    if let Some(required) = e.dpia_required {
        if plan.dpia.required != required {
            fail(format!(
                "DPIA required: expected {required}, got {}",
                plan.dpia.required
            ));
        }
    }
    for (vendor, criteria) in &e.dpia_criteria {
        let Some(d) = plan
            .dpia
            .vendors
            .iter()
            .find(|d| d.vendor.as_str() == vendor)
        else {
            fail(format!("no DPIA screening for `{vendor}`"));
            continue;
        };
        let met: Vec<DpiaCriterion> = d
            .criteria
            .iter()
            .filter(|c| c.met == Met::Yes)
            .map(|c| c.id)
            .collect();
        if &met != criteria {
            fail(format!(
                "DPIA criteria for `{vendor}`: expected {criteria:?}, got {met:?}"
            ));
        }
    }
    for (vendor, entries) in &e.dpia_national {
        let Some(d) = plan
            .dpia
            .vendors
            .iter()
            .find(|d| d.vendor.as_str() == vendor)
        else {
            fail(format!("no DPIA screening for `{vendor}`"));
            continue;
        };
        let got: Vec<&str> = d.national_lists.iter().map(|n| n.id.as_str()).collect();
        if got != entries.iter().map(String::as_str).collect::<Vec<_>>() {
            fail(format!(
                "national DPIA lists for `{vendor}`: expected {entries:?}, got {got:?}"
            ));
        }
    }
    for (key, expected) in &e.cookie_consent {
        let (vendor, name) = key
            .split_once('/')
            .expect("cookie keys are `vendor/cookie`");
        match plan
            .cookies
            .iter()
            .find(|c| c.vendor.as_str() == vendor && c.name == name)
        {
            Some(c) if c.consent_required == *expected => {}
            other => fail(format!(
                "consent for cookie `{key}`: expected {expected:?}, got {:?}",
                other.map(|c| c.consent_required)
            )),
        }
    }
    if let Some(applies) = e.art30_exemption {
        if plan.art30_exemption.applies != applies {
            fail(format!("Art. 30(5) exemption: expected {applies}"));
        }
    }
    for (vendor, risk) in &e.risk {
        match plan
            .summary
            .vendors
            .iter()
            .find(|v| v.id.as_str() == vendor)
        {
            Some(v) if v.risk == *risk => {}
            other => fail(format!(
                "risk of `{vendor}`: expected {risk:?}, got {:?}",
                other.map(|v| v.risk)
            )),
        }
    }
    for (list, audience) in [
        (&e.privacy_notice, "privacy"),
        (&e.employee_notice, "employee"),
    ] {
        for vendor in list {
            let found = plan.notices.iter().any(|n| {
                n.vendor.as_str() == vendor && serde_json::to_value(n.audience).unwrap() == audience
            });
            if !found {
                fail(format!("expected a {audience} notice for `{vendor}`"));
            }
        }
    }
    // Every scenario's plan must explain itself.
    for a in &plan.actions {
        if a.references.is_empty() || a.because.is_empty() {
            fail(format!("action `{}` lacks references or reasons", a.id));
        }
    }
    failures
}

#[test]
fn reference_scenarios() {
    let data = data_with_fixtures();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "scenarios are missing");
    let failures: Vec<String> = files.iter().flat_map(|f| check(data, f)).collect();
    println!("{} scenarios checked", files.len());
    assert!(
        failures.is_empty(),
        "{} failed expectation(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

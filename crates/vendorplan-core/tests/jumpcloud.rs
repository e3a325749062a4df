//! The JumpCloud slice: a German employer's plan, with and without a works council, and with
//! "I don't know". Expectations follow § 87(1) no. 6 BetrVG (co-determination on technical
//! devices able to monitor staff) and GDPR Art. 28, 44-46.

use vendorplan_core::answers::{Answer, AnswerKey, Answers, AnswersFile};
use vendorplan_core::engine::build_plan;
use vendorplan_core::plan::{Plan, Reason};
use vendorplan_core::{dataset, export};
use vendorplan_data::{TransferMechanism, VendorId};

fn jumpcloud(org: &[(&str, Answer)], vendor: &[(&str, Answer)]) -> Answers {
    let id = VendorId::from("jumpcloud");
    let mut a = Answers::default();
    a.vendors.insert(id.clone());
    for (q, v) in org {
        a.answers.insert(AnswerKey::org(q), v.clone());
    }
    for (q, v) in vendor {
        a.answers.insert(AnswerKey::vendor(&id, q), v.clone());
    }
    a
}

fn text(s: &str) -> Answer {
    Answer::Text(s.to_owned())
}

fn action<'a>(plan: &'a Plan, id: &str) -> Option<&'a vendorplan_core::plan::Action> {
    plan.actions.iter().find(|a| a.id == id)
}

/// JumpCloud for an employer established in Germany, with the given works-council answer.
fn german_employer(works_council: Answer) -> Plan {
    build_plan(
        dataset(),
        &jumpcloud(
            &[("country", text("DE")), ("works_council", works_council)],
            &[],
        ),
    )
}

const WORKS_COUNCIL: &str = "works-council-codetermination-de:jumpcloud";

#[test]
fn german_employer_with_works_council_must_agree_with_it() {
    let plan = german_employer(Answer::yes(true));
    let a = action(&plan, WORKS_COUNCIL).expect("co-determination action");
    assert!(!a.assumed);
    assert_eq!(
        a.references.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        ["de-betrvg-87-1-6", "gdpr-art-88"]
    );
    assert!(a.because.contains(&Reason::Answer {
        question: "works_council".into(),
        vendor: None,
        value: Answer::yes(true)
    }));
    assert!(a.because.contains(&Reason::Answer {
        question: "country".into(),
        vendor: None,
        value: text("DE")
    }));
    assert!(a.because.contains(&Reason::Fact {
        vendor: "jumpcloud".into(),
        fact: "employee_monitoring".into(),
        value: "yes".into()
    }));
    assert!(
        action(&plan, "works-council-consultation:jumpcloud").is_none(),
        "the non-German rule must not fire for DE"
    );
}

#[test]
fn without_works_council_there_is_no_codetermination_action() {
    let plan = german_employer(Answer::yes(false));
    assert!(action(&plan, WORKS_COUNCIL).is_none());
    assert!(action(&plan, "works-council-consultation:jumpcloud").is_none());
}

#[test]
fn works_council_unknown_keeps_the_action_as_an_assumption_and_asks_to_find_out() {
    let plan = german_employer(Answer::unknown());
    let a = action(&plan, WORKS_COUNCIL).expect("kept under the cautious assumption");
    assert!(a.assumed);
    assert!(a.because.contains(&Reason::Assumed {
        question: "works_council".into(),
        vendor: None,
        unknown: true
    }));
    let find_out = action(&plan, "find-out:works_council").expect("an action to find out");
    assert!(find_out.because.contains(&Reason::Affects {
        action: WORKS_COUNCIL.into()
    }));
    assert_eq!(find_out.priority, a.priority);
    assert!(!find_out.references.is_empty());
}

#[test]
fn the_seed_steps_are_all_in_a_fresh_plan() {
    let plan = build_plan(
        dataset(),
        &jumpcloud(
            &[
                ("country", text("DE")),
                ("works_council", Answer::yes(true)),
                ("nis2_entity", text("important")),
            ],
            &[],
        ),
    );
    for rule in [
        "record-of-processing",
        "sign-dpa",
        "choose-eu-region",
        "transfer-impact-assessment",
        "inform-employees",
        "works-council-codetermination-de",
        "set-log-retention",
        "enforce-admin-mfa",
        "restrict-console-ip",
        "export-logs-to-siem",
        "nis2-critical-supplier",
    ] {
        assert!(
            action(&plan, &format!("{rule}:jumpcloud")).is_some(),
            "missing {rule}"
        );
    }
    for a in &plan.actions {
        assert!(
            !a.references.is_empty() && !a.because.is_empty(),
            "{} must explain itself",
            a.id
        );
    }
}

#[test]
fn answered_controls_remove_their_actions() {
    let done = [
        ("dpa_signed", Answer::yes(true)),
        ("admin_mfa", Answer::yes(true)),
        ("console_ip_restricted", Answer::yes(true)),
        ("logs_to_siem", Answer::yes(true)),
        ("retention_set", Answer::yes(true)),
    ];
    let plan = build_plan(dataset(), &jumpcloud(&[("country", text("DE"))], &done));
    for rule in [
        "sign-dpa",
        "enforce-admin-mfa",
        "restrict-console-ip",
        "export-logs-to-siem",
        "set-log-retention",
    ] {
        assert!(
            action(&plan, &format!("{rule}:jumpcloud")).is_none(),
            "{rule} should be gone"
        );
    }
}

#[test]
fn default_us_region_relies_on_sccs_and_needs_a_tia() {
    // DPF certification is `unknown` in the record, so the DPA's SCCs are what the transfer rests on.
    let plan = build_plan(
        dataset(),
        &jumpcloud(
            &[("country", text("FR"))],
            &[("region_chosen", text("default"))],
        ),
    );
    let t = &plan.transfers[0];
    assert_eq!(t.mechanism, TransferMechanism::Scc);
    assert!(t.tia_required && !t.assumed);
    let tia = action(&plan, "transfer-impact-assessment:jumpcloud").unwrap();
    assert!(!tia.assumed);
    assert!(action(&plan, "choose-eu-region:jumpcloud").is_some());
}

#[test]
fn without_a_country_every_action_assumes_the_gdpr_applies() {
    let plan = build_plan(
        dataset(),
        &jumpcloud(&[], &[("region_chosen", text("default"))]),
    );
    let tia = action(&plan, "transfer-impact-assessment:jumpcloud").unwrap();
    assert!(tia.assumed);
    assert!(tia.because.contains(&Reason::Assumed {
        question: "country".into(),
        vendor: None,
        unknown: false
    }));
}

#[test]
fn eu_region_with_unknown_support_access_is_still_treated_as_a_transfer_but_flagged() {
    let plan = build_plan(dataset(), &jumpcloud(&[], &[("region_chosen", text("eu"))]));
    assert!(action(&plan, "choose-eu-region:jumpcloud").is_none());
    let t = &plan.transfers[0];
    assert!(t.assumed, "onward access from the US is assumed, not known");
    assert_eq!(t.mechanism, TransferMechanism::Scc);
    assert!(
        action(&plan, "transfer-impact-assessment:jumpcloud")
            .unwrap()
            .assumed
    );
}

#[test]
fn self_hosted_alternative_has_no_transfer_and_no_dpa() {
    let mut a = Answers::default();
    a.vendors.insert("keycloak".into());
    let plan = build_plan(dataset(), &a);
    assert_eq!(plan.transfers[0].mechanism, TransferMechanism::None);
    assert!(action(&plan, "sign-dpa:keycloak").is_none());
    assert!(action(&plan, "transfer-impact-assessment:keycloak").is_none());
    assert!(action(&plan, "record-of-processing:keycloak").is_some());
}

#[test]
fn plans_are_deterministic_and_round_trip() {
    let answers = jumpcloud(
        &[
            ("country", text("DE")),
            ("headcount", Answer::Number(120.0)),
            ("works_council", Answer::unknown()),
        ],
        &[],
    );
    let first = export::json(&build_plan(dataset(), &answers));
    let second = export::json(&build_plan(dataset(), &answers));
    assert_eq!(first, second);
    let parsed: Plan = serde_json::from_str(&first).unwrap();
    assert_eq!(export::json(&parsed), first);
    let reimported = parsed.answers.clone().into_answers(dataset()).unwrap();
    assert_eq!(export::json(&build_plan(dataset(), &reimported)), first);
}

#[test]
fn answers_files_are_checked_and_every_problem_is_reported() {
    let bad = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpclod"],
        "answers":{"works_council":"maybe","jumpcloud.region_chosen":"eu","nope":"yes","country":"XX"}}"#;
    let errors = AnswersFile::parse(bad, dataset()).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 5, "{text:#?}");
    assert!(text
        .iter()
        .any(|e| e.starts_with("vendors[0]: unknown vendor `jumpclod`")));
    assert!(text
        .iter()
        .any(|e| e.starts_with("answers.works_council: `maybe` is not an answer")));
    assert!(text.iter().any(|e| e
        .starts_with("answers.jumpcloud.region_chosen: vendor `jumpcloud` is not in `vendors`")));
    assert!(text
        .iter()
        .any(|e| e.starts_with("answers.nope: unknown question")));
    assert!(text.iter().any(|e| e.starts_with("answers.country: `XX`")));
    let unknown_field =
        r#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{},"extra":1}"#;
    assert!(AnswersFile::parse(unknown_field, dataset()).unwrap_err()[0]
        .problem
        .to_string()
        .contains("unknown field"));
}

#[test]
fn markdown_lists_every_action_with_its_reasons() {
    let plan = german_employer(Answer::yes(true));
    let md = export::markdown(dataset(), &plan);
    for a in &plan.actions {
        assert!(md.contains(&format!("**{}**", a.title)), "{}", a.title);
    }
    assert!(md.contains("BetrVG § 87(1) No. 6"));
    assert!(
        md.contains("Do you have a works council or another elected staff representation? — Yes")
    );
}

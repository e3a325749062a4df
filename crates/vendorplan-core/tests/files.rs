//! The public file formats: every released version stays readable, newer ones are refused with
//! a clear message, and unreadable files say what is wrong and where.

use vendorplan_core::answers::{AnswerKey, AnswersFile};
use vendorplan_core::dataset;

const V1_ANSWERS: &str = include_str!("fixtures/answers-v1.json");
const V1_PLAN: &str = include_str!("fixtures/plan-v1.json");

#[test]
fn version_1_answers_and_plan_files_still_import() {
    let from_answers = AnswersFile::parse(V1_ANSWERS, dataset()).expect("v1 answers import");
    assert!(from_answers.vendors.contains(&"jumpcloud".into()));
    assert_eq!(
        from_answers
            .get(&AnswerKey::org("works_council"))
            .map(ToString::to_string)
            .as_deref(),
        Some("yes")
    );
    assert_eq!(
        from_answers
            .get(&AnswerKey::vendor(&"jumpcloud".into(), "region_chosen"))
            .map(ToString::to_string)
            .as_deref(),
        Some("eu")
    );
    let from_plan =
        AnswersFile::parse(V1_PLAN, dataset()).expect("the answers inside a v1 plan import");
    assert_eq!(from_plan, from_answers);
}

#[test]
fn newer_versions_are_refused_with_a_reason() {
    let newer = V1_ANSWERS.replace("\"version\": 1", "\"version\": 7");
    let e = AnswersFile::parse(&newer, dataset()).unwrap_err();
    assert_eq!(e[0].at, "version");
    assert!(
        e[0].problem
            .to_string()
            .contains("newer Vendorplan (format version 7)"),
        "{}",
        e[0]
    );
    let newer_plan = V1_PLAN.replacen("\"version\": 1", "\"version\": 2", 1);
    assert!(AnswersFile::parse(&newer_plan, dataset()).unwrap_err()[0]
        .problem
        .to_string()
        .contains("newer Vendorplan"));
}

#[test]
fn unreadable_files_say_what_is_wrong() {
    let cases = [
        ("", "not a readable JSON file"),
        ("[1, 2]", "not a Vendorplan file"),
        (
            r#"{"format":"something-else","version":1}"#,
            "`format` is `something-else`",
        ),
        (
            r#"{"format":"vendorplan-answers"}"#,
            "missing or invalid format version",
        ),
        (
            r#"{"format":"vendorplan-plan","version":1}"#,
            "must carry its answers",
        ),
        (
            r#"{"format":"vendorplan-answers","version":1,"vendors":"jumpcloud","answers":{}}"#,
            "not a readable answers file",
        ),
    ];
    for (input, expected) in cases {
        let e = AnswersFile::parse(input, dataset()).unwrap_err();
        assert!(
            e.iter().any(|e| e.to_string().contains(expected)),
            "{input:?}: {e:?}"
        );
    }
}

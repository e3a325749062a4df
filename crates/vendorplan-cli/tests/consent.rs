//! `vendorplan consent-config` as a user runs it.

mod common;

use common::{answers_file, vendorplan};

const ANSWERS: &str = r#"{"format":"vendorplan-answers","version":1,"organisation":"Acme","vendors":["google-analytics","hotjar","cloudflare"],"answers":{"website":"eu"}}"#;

fn expected(lang: &str, target: vendorplan_core::consent::Target) -> String {
    let data = vendorplan_core::catalog::dataset_in(lang);
    let answers = vendorplan_core::answers::AnswersFile::parse(ANSWERS, data).unwrap();
    let plan = vendorplan_core::engine::build_plan(data, &answers);
    vendorplan_core::consent::config(data, &plan, target)
}

#[test]
fn every_target_prints_the_engine_config() {
    let path = answers_file("ok", ANSWERS);
    for target in vendorplan_core::consent::Target::all() {
        let out = vendorplan(&[
            "consent-config",
            "--answers",
            path.to_str().unwrap(),
            "--for",
            target.id(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(text, expected("en", target));
        assert!(text.contains("gtag('consent', 'default', {"), "{target:?}");
        assert!(text.contains("Cloudflare: sets only strictly necessary cookies"));
    }
}

#[test]
fn out_writes_the_file_in_the_chosen_language() {
    let path = answers_file("lang", ANSWERS);
    let out_path = std::env::temp_dir().join(format!(
        "vendorplan-consent-cli-{}-klaro.js",
        std::process::id()
    ));
    let out = vendorplan(&[
        "consent-config",
        "--answers",
        path.to_str().unwrap(),
        "--for",
        "klaro",
        "--out",
        out_path.to_str().unwrap(),
        "--lang",
        "fr",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(
        text,
        expected("fr", vendorplan_core::consent::Target::Klaro)
    );
    assert!(text.contains("lang: \"fr\","));
    assert!(text.contains("Nous utilisons des cookies"));
    let _ = std::fs::remove_file(out_path);
}

#[test]
fn an_unknown_target_lists_the_valid_ones() {
    let path = answers_file("unknown", ANSWERS);
    let out = vendorplan(&[
        "consent-config",
        "--answers",
        path.to_str().unwrap(),
        "--for",
        "onetrust",
    ]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("Unknown consent manager `onetrust`. Choose one of: klaro, cookieconsent, tarteaucitron"),
        "{err}"
    );
}

#[test]
fn a_bad_answers_file_is_reported() {
    let path = answers_file(
        "bad",
        r#"{"format":"vendorplan-answers","version":1,"vendors":["nobody"],"answers":{}}"#,
    );
    let out = vendorplan(&[
        "consent-config",
        "--answers",
        path.to_str().unwrap(),
        "--for",
        "klaro",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("unknown vendor `nobody`"), "{err}");
}

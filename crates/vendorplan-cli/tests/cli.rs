//! The `vendorplan` command as a user runs it.

mod common;
#[path = "../../vendorplan-data/tests/common/mod.rs"]
mod data_copy;

use common::{answers_file, vendorplan};

#[test]
fn plan_json_matches_the_engine() {
    let json = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud"],"answers":{"country":"DE","works_council":"yes"}}"#;
    let path = answers_file("ok", json);
    let out = vendorplan(&[
        "plan",
        "--answers",
        path.to_str().unwrap(),
        "--format",
        "json",
        "--date",
        "2026-11-25",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answers =
        vendorplan_core::answers::AnswersFile::parse(json, vendorplan_core::dataset()).unwrap();
    let mut plan = vendorplan_core::engine::build_plan(vendorplan_core::dataset(), &answers);
    plan.made = Some("2026-11-25".into());
    let expected = vendorplan_core::export::json(&plan);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn a_bad_answers_file_fails_with_every_problem_on_stderr() {
    let path = answers_file(
        "bad",
        r#"{"format":"vendorplan-answers","version":1,"vendors":["nobody"],"answers":{"works_council":"perhaps"}}"#,
    );
    let out = vendorplan(&["plan", "--answers", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("vendors[0]: unknown vendor `nobody`"), "{err}");
    assert!(err.contains("answers.works_council: `perhaps`"), "{err}");
    assert!(out.stdout.is_empty());
}

/// A 40 GB file (sparse: it takes no disk) is refused from its size, without being read, for
/// a plan and for a comparison.
#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let path = answers_file("huge", "");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(40 << 30)
        .unwrap();
    let started = std::time::Instant::now();
    for args in [
        &["plan", "--answers", path.to_str().unwrap()][..],
        &["diff", path.to_str().unwrap()][..],
    ] {
        let out = vendorplan(args);
        assert!(!out.status.success());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("the file is 40960 MB; a Vendorplan file is at most 32 MB"),
            "{err}"
        );
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    std::fs::remove_file(path).unwrap();
}

/// Bytes that are not UTF-8 (a Word file, a damaged copy) are read as the browser reads them,
/// and the importer says what is wrong, in the language asked for.
#[test]
fn a_file_that_is_not_text_gets_the_importers_message() {
    let path = answers_file("binary", "");
    std::fs::write(&path, b"PK\x03\x04\xff\xfe\x00word/document.xml").unwrap();
    let out = vendorplan(&["plan", "--answers", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("not a readable JSON file"), "{err}");
    let out = vendorplan(&["--lang", "de", "plan", "--answers", path.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("keine lesbare JSON-Datei"), "{err}");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn questions_and_vendors_list_as_json() {
    let out = vendorplan(&["questions", "--format", "json"]);
    let questions: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(questions
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["id"] == "works_council" && q["kind"] == "yes-no"));
    let out = vendorplan(&["vendors", "--format", "json"]);
    let vendors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(vendors
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["id"] == "jumpcloud"));
}

#[test]
fn validate_names_file_and_field() {
    let dir = data_copy::copy_of_data("cli-data");
    let file = dir.join("vendors/jumpcloud.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("default = \"us\"", "default = \"us-east\"");
    std::fs::write(&file, text).unwrap();
    let out = vendorplan(&["validate", "--data", dir.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("jumpcloud.toml: hosting.default: unknown region `us-east`"),
        "{err}"
    );
    assert!(err.contains("did you mean `us`?"), "{err}");
    let ok = vendorplan(&["validate"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn explain_prints_the_rule_the_reasons_and_the_references() {
    let path = answers_file(
        "explain",
        r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud"],"answers":{"country":"DE","works_council":"unknown"}}"#,
    );
    let out = vendorplan(&[
        "explain",
        "works-council-codetermination-de:jumpcloud",
        "--answers",
        path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("when:  works_council and country = DE and vendor.employee_monitoring"),
        "{text}"
    );
    assert!(text.contains("you answered \"I don't know\""), "{text}");
    assert!(text.contains("BetrVG § 87(1) No. 6"), "{text}");
    let missing = vendorplan(&[
        "explain",
        "no-such-action",
        "--answers",
        path.to_str().unwrap(),
    ]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("record-of-processing:jumpcloud"));
}

#[test]
fn published_schemas_match_the_code() {
    let out = vendorplan(&["schema"]);
    assert!(out.status.success());
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
    let expected: String = ["answers.schema.json", "plan.schema.json"]
        .iter()
        .map(|f| std::fs::read_to_string(docs.join(f)).unwrap())
        .collect();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        expected,
        "run `vendorplan schema --out-dir docs`"
    );
}

#[test]
fn vendors_filter_by_category() {
    let out = vendorplan(&[
        "vendors",
        "--category",
        "device-management",
        "--format",
        "json",
    ]);
    let vendors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = vendors
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"jumpcloud") && ids.contains(&"jamf-pro"),
        "{ids:?}"
    );
    for v in vendors.as_array().unwrap() {
        let categories = v["categories"].as_array().unwrap();
        assert!(
            categories.iter().any(|c| c == "device-management"),
            "{}",
            v["id"]
        );
    }
    let bad = vendorplan(&["vendors", "--category", "idp"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("identity-access"));
}

#[test]
fn a_plan_file_is_accepted_as_answers() {
    let json = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud"],"answers":{"country":"DE"}}"#;
    let answers = answers_file("for-plan", json);
    let plan = vendorplan(&[
        "plan",
        "--answers",
        answers.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let plan_path = answers_file("plan", std::str::from_utf8(&plan.stdout).unwrap());
    let again = vendorplan(&[
        "plan",
        "--answers",
        plan_path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(
        again.stdout, plan.stdout,
        "re-importing a plan rebuilds it byte for byte"
    );
}

#[test]
fn stats_count_every_record_and_category() {
    let out = vendorplan(&["vendors", "--stats", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let records = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/vendors"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count();
    assert_eq!(stats["vendors"], records);
    let list = vendorplan(&["vendors", "--format", "json"]);
    let vendors: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    let in_categories: usize = vendors
        .iter()
        .map(|v| v["categories"].as_array().unwrap().len())
        .sum();
    let counted: u64 = stats["per_category"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(counted as usize, in_categories);
    let cookies: usize = vendors
        .iter()
        .map(|v| v["cookies"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        stats["cookies_curated"].as_u64().unwrap() + stats["cookies_open_data"].as_u64().unwrap(),
        cookies as u64
    );
    assert!(stats["sourced"].as_u64() <= stats["facts"].as_u64());
    let text = vendorplan(&["vendors", "--stats"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("vendors per category:") && text.contains("sourced"),
        "{text}"
    );
}

#[test]
fn every_format_is_written_and_csv_gives_one_file_per_table() {
    let json = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud","stripe"],"answers":{"country":"DE"},"organisation":"Acme/../GmbH"}"#;
    let path = answers_file("formats", json);
    let answers = path.to_str().unwrap();
    let date = ["--date", "2026-11-25"];
    let start = |format: &str| -> Vec<u8> {
        let mut args = vec!["plan", "--answers", answers, "--format", format];
        args.extend(date);
        let out = vendorplan(&args);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    assert!(start("pdf").starts_with(b"%PDF-"));
    assert!(start("docx").starts_with(b"PK\x03\x04"));
    assert!(start("html").starts_with(b"<!DOCTYPE html>"));
    assert!(start("ics").starts_with(b"BEGIN:VCALENDAR\r\n"));
    assert!(String::from_utf8(start("md"))
        .unwrap()
        .contains("For Acme/../GmbH"));

    let dir = std::env::temp_dir().join(format!("vendorplan-cli-csv-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut args = vec![
        "plan",
        "--answers",
        answers,
        "--format",
        "csv",
        "--out",
        dir.to_str().unwrap(),
    ];
    args.extend(date);
    let out = vendorplan(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut expected: Vec<String> = vendorplan_core::report::TABLES
        .iter()
        .map(|id| format!("acme-gmbh-{id}-2026-11-25.csv"))
        .collect();
    expected.sort();
    assert_eq!(names, expected);
    let _ = std::fs::remove_dir_all(&dir);

    let mut args = vec![
        "plan",
        "--answers",
        answers,
        "--format",
        "csv",
        "--table",
        "transfers",
    ];
    args.extend(date);
    let out = vendorplan(&args);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("\u{feff}Vendor,Stored in,Destinations"),
        "{text}"
    );
}

#[test]
fn bad_export_options_say_what_to_do() {
    let path = answers_file(
        "options",
        r#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{}}"#,
    );
    let answers = path.to_str().unwrap();
    let cases: [(&[&str], &str); 4] = [
        (&["--format", "csv"], "give `--out FOLDER`"),
        (
            &["--format", "csv", "--table", "nope"],
            "no table `nope`; the tables are: records-of-processing",
        ),
        (
            &["--format", "md", "--table", "cookies"],
            "`--table` goes with `--format csv`",
        ),
        (&["--date", "25.11.2026"], "write it as YYYY-MM-DD"),
    ];
    for (extra, message) in cases {
        let mut args = vec!["plan", "--answers", answers];
        args.extend(extra);
        let out = vendorplan(&args);
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{extra:?}: {stderr}");
    }
}

#[test]
fn every_command_speaks_the_language_asked_for() {
    let json = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud"],"answers":{"country":"DE","works_council":"yes"}}"#;
    let path = answers_file("lang", json);
    let path = path.to_str().unwrap();
    for (lang, regulation, because) in [
        ("en", "GDPR", "because:"),
        ("de", "DSGVO", "weil:"),
        ("fr", "RGPD", "parce que"),
    ] {
        let run = |args: &[&str]| {
            let mut all = vec!["--lang", lang];
            all.extend(args);
            let out = vendorplan(&all);
            assert!(
                out.status.success(),
                "{lang}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap()
        };
        let md = run(&[
            "plan",
            "--answers",
            path,
            "--format",
            "md",
            "--date",
            "2026-11-25",
        ]);
        assert!(md.contains(regulation) && !md.contains('⟦'), "{lang}: {md}");
        let explained = run(&[
            "explain",
            "works-council-codetermination-de:jumpcloud",
            "--answers",
            path,
        ]);
        assert!(
            explained.contains(because) && !explained.contains('⟦'),
            "{lang}: {explained}"
        );
        let questions = run(&["questions"]);
        let expected = vendorplan_core::catalog::dataset_in(lang).questions[0]
            .text
            .clone();
        assert!(questions.contains(&expected), "{lang}: {questions}");
    }
    // The language comes after the command as well, and errors speak it too.
    let out = vendorplan(&[
        "plan",
        "--answers",
        path,
        "--table",
        "cookies",
        "--lang",
        "de",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("gehört zu"));
    // A language the build does not have is refused with the list.
    let out = vendorplan(&["--lang", "xx", "questions"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        !out.status.success() && err.contains("de") && err.contains("fr"),
        "{err}"
    );
}

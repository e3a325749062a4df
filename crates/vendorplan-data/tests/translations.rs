//! The translations under `i18n/`: every language is complete (or marked partial), a missing or
//! mismatched text is an error that names the file and the key, and every message the code asks
//! for exists.
#![cfg(feature = "load")]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use vendorplan_data::i18n::Language;
use vendorplan_data::load::{load_dir, DataErrors};
use vendorplan_data::translations::{
    load_language, read_languages, read_messages, write_missing_files, MessageFiles,
};
use vendorplan_data::Dataset;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn english() -> (Dataset, MessageFiles) {
    let data = load_dir(&root().join("data")).expect("the data folder is valid");
    let mut errors = Vec::new();
    let messages = read_messages(&root().join("i18n/en"), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    (data, messages)
}

#[test]
fn every_language_is_complete_or_marked_partial() {
    let (data, messages) = english();
    let languages = read_languages(&root().join("i18n")).expect("languages.toml is valid");
    assert_eq!(languages[0].code, "en");
    assert!(languages.len() >= 3, "English, German and French at least");
    for language in &languages[1..] {
        let (pack, coverage) = load_language(&root().join("i18n"), &data, &messages, language)
            .unwrap_or_else(|e| panic!("{}: {e}", language.code));
        assert_eq!(pack.texts.len(), coverage.texts);
        assert!(
            coverage.messages > 100 && coverage.texts > 5000,
            "{coverage:?}"
        );
        if !language.partial {
            assert_eq!(coverage.messages_missing, 0, "{}", language.code);
            assert_eq!(coverage.texts_missing, 0, "{}", language.code);
        }
        // A translation that is mostly English is no translation; names and short labels may stay.
        assert!(
            coverage.texts_same * 10 < coverage.texts,
            "{}: {} of {} data texts are the English ones",
            language.code,
            coverage.texts_same,
            coverage.texts
        );
    }
}

/// A scratch `i18n/` with English and one language `xx` made from English, changed by `edit`.
fn scratch(name: &str, edit: impl FnOnce(&Path)) -> PathBuf {
    let (data, _) = english();
    let dir = std::env::temp_dir().join(format!("vendorplan-i18n-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for code in ["en", "xx"] {
        fs::create_dir_all(dir.join(code)).unwrap();
        for e in fs::read_dir(root().join("i18n/en")).unwrap().flatten() {
            fs::copy(e.path(), dir.join(code).join(e.file_name())).unwrap();
        }
    }
    write_missing_files(&dir, &data, "xx").unwrap();
    edit(&dir.join("xx"));
    dir
}

fn check(dir: &Path, partial: bool) -> Result<(Vec<String>, usize, usize), DataErrors> {
    let (data, _) = english();
    let mut errors = Vec::new();
    let messages = read_messages(&dir.join("en"), &mut errors);
    let language = Language {
        code: "xx".into(),
        name: "Test".into(),
        partial,
    };
    load_language(dir, &data, &messages, &language)
        .map(|(pack, c)| (pack.texts, c.texts_missing, c.messages_missing))
}

fn messages_of(errors: &DataErrors) -> Vec<String> {
    errors.0.iter().map(ToString::to_string).collect()
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} lacks {from}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_missing_text_fails_a_complete_language_and_shows_in_english_in_a_partial_one() {
    let dir = scratch("missing", |xx| {
        let record = xx.join("data/vendors/hotjar.toml");
        let text = fs::read_to_string(&record).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("description = "))
            .collect();
        fs::write(&record, kept.join("\n")).unwrap();
        replace_in(&xx.join("ui.ftl"), "ui-dismiss = Dismiss\n", "");
    });
    let errors = messages_of(&check(&dir, false).unwrap_err());
    assert!(
        errors
            .iter()
            .any(|e| e.contains("vendors/hotjar.toml: description: no translation")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("ui-dismiss")),
        "{errors:#?}"
    );

    let (texts, texts_missing, messages_missing) = check(&dir, true).expect("partial builds");
    assert_eq!((texts_missing, messages_missing), (1, 1));
    let (data, _) = english();
    let hotjar = data.vendor(&"hotjar".into()).unwrap();
    assert!(
        texts.contains(&hotjar.description),
        "the English text stands in"
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn placeholders_variables_empty_and_stale_texts_are_errors() {
    let dir = scratch("mismatch", |xx| {
        replace_in(&xx.join("data/rules.toml"), "{vendor}", "{vendeur}");
        replace_in(
            &xx.join("data/countries.toml"),
            "AD = \"Andorra\"",
            "AD = \"  \"",
        );
        let record = xx.join("data/vendors/hotjar.toml");
        let text = fs::read_to_string(&record).unwrap();
        fs::write(&record, format!("retired = \"gone\"\n{text}")).unwrap();
        replace_in(&xx.join("ui.ftl"), "{ $count } open", "{ $n } open");
        let mut ftl = fs::read_to_string(xx.join("ui.ftl")).unwrap();
        ftl.push_str("ui-not-in-english = Extra\n");
        fs::write(xx.join("ui.ftl"), ftl).unwrap();
    });
    // Partial or not: these are mistakes, not gaps.
    let errors = messages_of(&check(&dir, true).unwrap_err());
    let expect = [
        "rules.toml",
        "placeholders",
        "countries.toml: AD: the translation is empty",
        "vendors/hotjar.toml: retired: English has no such text",
        "ui-status-open: uses the variables",
        "ui-not-in-english: English has no such message",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|m| m.contains(e)),
            "no error with {e:?} in {errors:#?}"
        );
    }
    let _ = fs::remove_dir_all(dir);
}

/// Every `t!(data, "id"…)` in the code names an English message, and every English message is
/// used somewhere, so the files hold no dead texts to translate.
#[test]
fn the_code_and_the_english_messages_agree() {
    let (_, messages) = english();
    let mut used = BTreeSet::new();
    let mut sources = String::new();
    let mut stack = vec![root().join("src"), root().join("crates")];
    while let Some(dir) = stack.pop() {
        for path in fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = fs::read_to_string(&path).unwrap();
                // `t!(` itself, not the end of `assert!(` or `print!(`, and not in a comment.
                let calls = text.match_indices("t!(").filter(|(i, _)| {
                    let line_start = text[..*i].rfind('\n').map_or(0, |n| n + 1);
                    !text[line_start..*i].trim_start().starts_with("//")
                        && !text[..*i]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_')
                });
                for (i, _) in calls {
                    let Some((_, rest)) = text[i + 3..].split_once(',') else {
                        continue;
                    };
                    let rest = rest.trim_start();
                    if let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) {
                        used.insert((id.to_owned(), path.clone()));
                    }
                }
                sources.push_str(&text);
            }
        }
    }
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !messages.messages.contains_key(id))
        .map(|(id, path)| format!("{id} (used in {})", path.display()))
        .collect();
    assert!(missing.is_empty(), "no English message for: {missing:#?}");
    let unused: Vec<&String> = messages
        .messages
        .keys()
        .filter(|id| !sources.contains(&format!("\"{id}\"")))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages no code uses: {unused:#?}"
    );
}

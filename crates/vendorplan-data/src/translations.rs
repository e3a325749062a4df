//! Reading and checking the translations under `i18n/`: the list of languages, each language's
//! Fluent messages and its translations of the data texts. Every problem names the file and the
//! key, like the data loader's.
//!
//! A complete language has every English message and data text, each non-empty and with the same
//! placeholders; a language marked `partial` may lack some (English shows instead). No language
//! may have a message or text that English lacks: it would be a stale key nobody sees.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use serde::Deserialize;

use crate::i18n::{placeholders, visit_texts, Language, LanguagePack, TextKey};
use crate::load::{DataError, DataErrors};
use crate::Dataset;

/// The source language: its data texts are `data/` itself.
pub const SOURCE: &str = "en";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

fn error(file: &Path, field: impl Into<String>, message: impl Into<String>) -> DataError {
    DataError {
        file: file.to_owned(),
        field: field.into(),
        message: message.into(),
        help: None,
    }
}

/// `i18n/languages.toml`, English first.
pub fn read_languages(i18n: &Path) -> Result<Vec<Language>, DataErrors> {
    let path = i18n.join("languages.toml");
    let parsed = fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str::<LanguagesFile>(&t).map_err(|e| e.to_string()));
    let languages = parsed
        .map_err(|e| DataErrors(vec![error(&path, "", e.lines().next().unwrap_or_default())]))?
        .language;
    let mut errors = Vec::new();
    if languages.first().map(|l| l.code.as_str()) != Some(SOURCE) {
        errors.push(error(
            &path,
            "language[0]",
            "the first language must be `en`, the source",
        ));
    }
    let mut seen = BTreeSet::new();
    for (i, l) in languages.iter().enumerate() {
        let field = format!("language[{i}].code");
        if !(2..=3).contains(&l.code.len()) || !l.code.bytes().all(|b| b.is_ascii_lowercase()) {
            errors.push(error(
                &path,
                &field,
                format!("`{}` is not a two- or three-letter language code", l.code),
            ));
        }
        if !seen.insert(&l.code) {
            errors.push(error(
                &path,
                &field,
                format!("`{}` is listed twice", l.code),
            ));
        }
        if !i18n.join(&l.code).is_dir() {
            errors.push(error(
                &path,
                &field,
                format!("there is no folder i18n/{}", l.code),
            ));
        }
    }
    if errors.is_empty() {
        Ok(languages)
    } else {
        Err(DataErrors(errors))
    }
}

/// The files a build script watches.
pub fn watched_paths(i18n: &Path) -> Vec<PathBuf> {
    let mut out = vec![i18n.to_owned()];
    let mut stack = vec![i18n.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path.clone());
            }
            out.push(path);
        }
    }
    out
}

/// A language's Fluent files (`i18n/<code>/*.ftl`), concatenated in name order, with the
/// variables each message uses.
pub struct MessageFiles {
    pub source: String,
    /// Message id → (file, its variables).
    pub messages: BTreeMap<String, (PathBuf, BTreeSet<String>)>,
}

pub fn read_messages(folder: &Path, errors: &mut Vec<DataError>) -> MessageFiles {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = MessageFiles {
        source: String::new(),
        messages: BTreeMap::new(),
    };
    for path in files {
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(error(&path, "", format!("cannot read: {e}")));
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, parse_errors)) => {
                for e in parse_errors {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    errors.push(error(
                        &path,
                        format!("line {line}"),
                        format!("{:?}", e.kind),
                    ));
                }
                r
            }
        };
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.to_owned();
            let mut vars = BTreeSet::new();
            match &m.value {
                Some(p) if !pattern_is_blank(p) => pattern_variables(p, &mut vars),
                _ => errors.push(error(&path, &id, "the message is empty")),
            }
            if !m.attributes.is_empty() {
                errors.push(error(
                    &path,
                    &id,
                    "attributes are not used; write a separate message",
                ));
            }
            if out
                .messages
                .insert(id.clone(), (path.clone(), vars))
                .is_some()
            {
                errors.push(error(&path, &id, "defined twice"));
            }
        }
        out.source.push_str(&text);
        out.source.push('\n');
    }
    out
}

fn pattern_is_blank(p: &ast::Pattern<&str>) -> bool {
    p.elements
        .iter()
        .all(|e| matches!(e, ast::PatternElement::TextElement { value } if value.trim().is_empty()))
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// The English data texts by key, in walk order.
pub fn source_texts(english: &Dataset) -> Vec<(TextKey, String)> {
    let mut copy = english.clone();
    let mut out = Vec::new();
    visit_texts(&mut copy, &mut |key, text| {
        out.push((key.clone(), text.clone()))
    });
    out
}

/// Every `*.toml` under `i18n/<code>/data/`, flattened to keys.
fn read_data_texts(
    folder: &Path,
    errors: &mut Vec<DataError>,
) -> BTreeMap<TextKey, (PathBuf, String)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![folder.to_owned()];
    while let Some(dir) = stack.pop() {
        for path in fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let file = path
                .strip_prefix(folder)
                .unwrap_or(&path)
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let table = match fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|t| t.parse::<toml::Table>().map_err(|e| e.to_string()))
            {
                Ok(t) => t,
                Err(e) => {
                    errors.push(error(&path, "", e.lines().next().unwrap_or_default()));
                    continue;
                }
            };
            flatten(&table, &mut Vec::new(), &mut |p, value| {
                let key = TextKey {
                    file: file.clone(),
                    path: p.to_vec(),
                };
                match value {
                    toml::Value::String(s) => {
                        out.insert(key, (path.clone(), s.clone()));
                    }
                    _ => errors.push(error(&path, p.join("."), "expected a text in quotes")),
                }
            });
        }
    }
    out
}

fn flatten(
    table: &toml::Table,
    path: &mut Vec<String>,
    f: &mut dyn FnMut(&[String], &toml::Value),
) {
    for (k, v) in table {
        path.push(k.clone());
        match v {
            toml::Value::Table(t) => flatten(t, path, f),
            other => f(path, other),
        }
        path.pop();
    }
}

/// How complete a language is, for the build log and the README's table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    pub messages: usize,
    pub messages_missing: usize,
    pub texts: usize,
    pub texts_missing: usize,
    /// Texts equal to the English one: names and terms that stay, or not yet translated.
    pub texts_same: usize,
}

/// Reads and checks one language against English; a complete language must lack nothing.
pub fn load_language(
    i18n: &Path,
    english: &Dataset,
    english_messages: &MessageFiles,
    language: &Language,
) -> Result<(LanguagePack, Coverage), DataErrors> {
    let mut errors = Vec::new();
    let folder = i18n.join(&language.code);
    let messages = read_messages(&folder, &mut errors);
    let mut coverage = Coverage::default();
    let lack = |what: String| {
        if language.partial {
            None
        } else {
            Some(what)
        }
    };
    for (id, (_, vars)) in &english_messages.messages {
        coverage.messages += 1;
        match messages.messages.get(id) {
            None => {
                coverage.messages_missing += 1;
                if let Some(m) = lack(format!("the message `{id}` is missing")) {
                    errors.push(DataError {
                        help: Some(format!(
                            "translate it, or mark {} `partial = true` in i18n/languages.toml",
                            language.code
                        )),
                        ..error(&folder, id.as_str(), m)
                    });
                }
            }
            Some((file, theirs)) if theirs != vars => errors.push(error(
                file,
                id.as_str(),
                format!("uses the variables {theirs:?}; English uses {vars:?}"),
            )),
            Some(_) => {}
        }
    }
    for (id, (file, _)) in &messages.messages {
        if !english_messages.messages.contains_key(id) {
            errors.push(error(
                file,
                id.as_str(),
                "English has no such message; remove it or rename it",
            ));
        }
    }

    let mut translated = read_data_texts(&folder.join("data"), &mut errors);
    let mut texts = Vec::new();
    for (key, source) in source_texts(english) {
        coverage.texts += 1;
        match translated.remove(&key) {
            None => {
                coverage.texts_missing += 1;
                if let Some(m) = lack(format!("no translation of `{}`", key.path.join("."))) {
                    let file = folder.join("data").join(format!("{}.toml", key.file));
                    errors.push(DataError {
                        help: Some("`cargo xtask i18n` writes the missing texts in English into new files, to translate".into()),
                        ..error(&file, key.path.join("."), m)
                    });
                }
                texts.push(source);
            }
            Some((file, text)) => {
                let field = key.path.join(".");
                if text.trim().is_empty() {
                    errors.push(error(&file, field, "the translation is empty"));
                } else if placeholders(&text) != placeholders(&source) {
                    errors.push(error(
                        &file,
                        field,
                        format!(
                            "has the placeholders {:?}; English has {:?}",
                            placeholders(&text),
                            placeholders(&source)
                        ),
                    ));
                }
                if text == source {
                    coverage.texts_same += 1;
                }
                texts.push(text);
            }
        }
    }
    for (key, (file, _)) in translated {
        errors.push(DataError {
            help: Some(
                "the English text was removed or its id renamed; remove or rename this one".into(),
            ),
            ..error(&file, key.path.join("."), "English has no such text")
        });
    }
    if errors.is_empty() {
        Ok((
            LanguagePack {
                code: language.code.clone(),
                messages: messages.source,
                texts,
            },
            coverage,
        ))
    } else {
        Err(DataErrors(errors))
    }
}

/// The languages, and a pack with its coverage for each after English.
pub type Languages = (Vec<Language>, Vec<(LanguagePack, Coverage)>);

/// Every language after English, read and checked against `english`, with its coverage: what
/// the build embeds and `cargo xtask dist` writes as language files.
pub fn load_languages(i18n: &Path, english: &Dataset) -> Result<Languages, DataErrors> {
    let languages = read_languages(i18n)?;
    let mut errors = Vec::new();
    let english_messages = read_messages(&i18n.join(SOURCE), &mut errors);
    let mut packs = Vec::new();
    for language in &languages[1..] {
        match load_language(i18n, english, &english_messages, language) {
            Ok(p) => packs.push(p),
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.is_empty() {
        Ok((languages, packs))
    } else {
        Err(DataErrors(errors))
    }
}

/// A pack's bytes and its file name, `lang-<code>-<hash of the bytes>.bin`, so that a browser
/// never keeps a stale one.
pub fn pack_file(pack: &LanguagePack) -> (String, Vec<u8>) {
    let bytes = postcard::to_allocvec(pack).expect("a pack serializes");
    // FNV-1a: a stable hash with no dependency; it names files, it does not protect them.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    (format!("lang-{}-{hash:016x}.bin", pack.code), bytes)
}

/// Writes the English data texts into the files of `code` that do not exist yet, to be
/// translated; returns the files written. Existing files are never touched: the build names
/// what is missing in them.
pub fn write_missing_files(
    i18n: &Path,
    english: &Dataset,
    code: &str,
) -> std::io::Result<Vec<PathBuf>> {
    let folder = i18n.join(code).join("data");
    let mut by_file: BTreeMap<String, Vec<(Vec<String>, String)>> = BTreeMap::new();
    for (key, text) in source_texts(english) {
        by_file.entry(key.file).or_default().push((key.path, text));
    }
    let mut written = Vec::new();
    for (file, entries) in by_file {
        let path = folder.join(format!("{file}.toml"));
        if path.exists() {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, to_toml(&entries))?;
        written.push(path);
    }
    Ok(written)
}

/// TOML for flattened entries, tables in the order their first key appears, keys within a
/// table in walk order (so a file reads in the order of its English source).
fn to_toml(entries: &[(Vec<String>, String)]) -> String {
    // A table's path, and its keys with their texts.
    type Table<'a> = (&'a [String], Vec<(&'a str, &'a str)>);
    let mut tables: Vec<Table> = Vec::new();
    for (path, text) in entries {
        let (leaf, table) = path.split_last().expect("a key has at least one segment");
        match tables.iter_mut().find(|(t, _)| *t == table) {
            Some((_, keys)) => keys.push((leaf, text)),
            None => tables.push((table, vec![(leaf, text)])),
        }
    }
    // Keys outside any table must come first.
    tables.sort_by_key(|(t, _)| !t.is_empty());
    let mut out = String::new();
    for (table, keys) in tables {
        if !table.is_empty() {
            let header: Vec<String> = table.iter().map(|k| toml_key(k)).collect();
            out.push_str(&format!("\n[{}]\n", header.join(".")));
        }
        for (k, v) in keys {
            out.push_str(&format!("{} = {}\n", toml_key(k), toml_string(v)));
        }
    }
    out.trim_start().to_owned()
}

fn toml_key(k: &str) -> String {
    if !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        k.to_owned()
    } else {
        toml_string(k)
    }
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_round_trips_through_flatten() {
        let entries = vec![
            (
                vec!["description".to_owned()],
                "A \"quoted\" text\nwith a line".to_owned(),
            ),
            (
                vec!["purposes".into(), "p-1".into(), "name".into()],
                "Name".to_owned(),
            ),
            (
                vec!["cookies".into(), "_ga_<id>".into()],
                "Cookie".to_owned(),
            ),
            (
                vec!["purposes".into(), "p-1".into(), "note".into()],
                "Note".to_owned(),
            ),
        ];
        let table: toml::Table = to_toml(&entries).parse().expect("valid TOML");
        let mut back = Vec::new();
        flatten(&table, &mut Vec::new(), &mut |p, v| {
            back.push((p.to_vec(), v.as_str().unwrap_or_default().to_owned()));
        });
        let mut want = entries.clone();
        want.sort();
        back.sort();
        assert_eq!(back, want);
    }
}

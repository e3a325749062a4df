//! Languages: the messages of the interface and the reports (Project Fluent, `i18n/<lang>/*.ftl`)
//! and the translations of the data files' texts (`i18n/<lang>/data/**.toml`).
//!
//! English is the source language: its data texts are the files under `data/` themselves. Every
//! other language is a [`LanguagePack`] made at build time (see `load::load_language`): its
//! messages and its data texts in the order [`visit_texts`] walks them. [`Dataset::localise`]
//! puts a pack's texts into a copy of the English dataset, so the engine, the reports and the
//! interface read translated records without knowing about languages.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};

use crate::Dataset;

pub use fluent_bundle::{FluentArgs, FluentValue};

/// What the interface shows in place of a message no file defines; the browser tests look for
/// it on every screen.
pub const MISSING: char = '⟦';

/// One entry of `i18n/languages.toml`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// A BCP 47 primary language subtag: `en`, `de`, `fr`.
    pub code: String,
    /// The language's name in itself, as the language menu shows it.
    pub name: String,
    /// Missing texts are allowed and fall back to English; without it, a missing text fails the
    /// build.
    #[serde(default)]
    pub partial: bool,
}

/// Everything one language adds to the English dataset, made and checked at build time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguagePack {
    pub code: String,
    /// The language's Fluent files, concatenated.
    pub messages: String,
    /// The data texts in [`visit_texts`] order, English where a partial language lacks one.
    pub texts: Vec<String>,
}

/// Where a data text lives: the translation file (relative to `i18n/<lang>/data/`, without
/// `.toml`) and the table path inside it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextKey {
    pub file: String,
    pub path: Vec<String>,
}

impl fmt::Display for TextKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.toml: {}", self.file, self.path.join("."))
    }
}

/// The Fluent messages of one language, English ones underneath, so that a partial language
/// still shows every message. Parsed on first use.
pub struct Messages {
    lang: String,
    /// English first, then the language's own files (which override).
    sources: Vec<String>,
    bundle: OnceLock<FluentBundle<FluentResource>>,
}

impl Messages {
    pub fn new(lang: &str, sources: Vec<String>) -> Self {
        Self {
            lang: lang.to_owned(),
            sources,
            bundle: OnceLock::new(),
        }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let id = self
                .lang
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks around every placeable would end up in the exported files.
            bundle.set_use_isolating(false);
            for source in &self.sources {
                // The build checked every file, so a parse error cannot happen here; what parses
                // is used either way.
                let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(r, _)| r);
                bundle.add_resource_overriding(resource);
            }
            bundle
        })
    }

    /// The message `id` with `args`; `⟦id⟧` when no file defines it.
    pub fn get(&self, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return Cow::Owned(format!("{MISSING}{id}⟧"));
        };
        let mut errors = Vec::new();
        Cow::Owned(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// Whether a message exists, for texts that are optional.
    pub fn has(&self, id: &str) -> bool {
        self.bundle().has_message(id)
    }
}

impl Clone for Messages {
    fn clone(&self) -> Self {
        Self::new(&self.lang, self.sources.clone())
    }
}

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.sources == other.sources
    }
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Serialize for Messages {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (&self.lang, &self.sources).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Messages {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (lang, sources) = <(String, Vec<String>)>::deserialize(d)?;
        Ok(Self::new(&lang, sources))
    }
}

/// A message of the dataset's language: `t!(data, "id")` or `t!(data, "id", n = 3, name = s)`.
#[macro_export]
macro_rules! t {
    ($data:expr, $id:literal) => {
        $data.messages.get($id, None).into_owned()
    };
    ($data:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($key), $value);)+
        $data.messages.get($id, Some(&args)).into_owned()
    }};
}

impl Dataset {
    /// A copy of this (English) dataset in the pack's language; an error when the pack was made
    /// for other data (it has another number of texts).
    pub fn localise(&self, pack: &LanguagePack) -> Result<Dataset, String> {
        let mut out = self.clone();
        let mut texts = pack.texts.iter();
        let mut count = 0;
        visit_texts(&mut out, &mut |_, text| {
            count += 1;
            if let Some(t) = texts.next() {
                t.clone_into(text);
            }
        });
        if count != pack.texts.len() {
            return Err(format!(
                "the `{}` language file has {} texts where this catalog has {count}",
                pack.code,
                pack.texts.len()
            ));
        }
        let english = self.messages.sources.first().cloned().unwrap_or_default();
        out.messages = Messages::new(&pack.code, vec![english, pack.messages.clone()]);
        out.lang = pack.code.clone();
        Ok(out)
    }

    /// The language of the dataset's texts.
    pub fn lang(&self) -> &str {
        &self.lang
    }
}

/// Picks the first of the visitor's preferred languages (`de-AT`, `fr`, `en-GB`) that is
/// available, matching on the primary subtag; English otherwise.
pub fn negotiate<'a>(
    preferred: impl IntoIterator<Item = &'a str>,
    available: &[Language],
) -> Option<&'a str> {
    preferred.into_iter().find(|p| {
        let primary = p.split(['-', '_']).next().unwrap_or_default();
        available
            .iter()
            .any(|l| l.code.eq_ignore_ascii_case(primary))
    })
}

/// The primary subtag of a language tag, lower-cased: `de-AT` → `de`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Walks every translatable text of the data, each with its key in the translation files, in a
/// fixed order. Names, ids, URLs, domains and the facts of the open datasets (imported cookie
/// descriptions, in the dataset's own words) are not translated; nor are source titles, which
/// name documents in their own language.
pub fn visit_texts(d: &mut Dataset, f: &mut dyn FnMut(&TextKey, &mut String)) {
    let mut at = |file: &str, path: &[&str], text: &mut String| {
        let key = TextKey {
            file: file.to_owned(),
            path: path.iter().map(|s| (*s).to_owned()).collect(),
        };
        f(&key, text);
    };
    for q in &mut d.questions {
        let id = q.id.0.clone();
        at("questions", &[&id, "text"], &mut q.text);
        at("questions", &[&id, "why"], &mut q.why);
        for o in &mut q.options {
            at("questions", &[&id, "options", &o.id.clone()], &mut o.label);
        }
        at("questions", &[&id, "find_out"], &mut q.find_out.how);
    }
    for r in &mut d.rules {
        let id = r.id.0.clone();
        at("rules", &[&id, "title"], &mut r.title);
        at("rules", &[&id, "what"], &mut r.what);
        at("rules", &[&id, "due"], &mut r.due);
    }
    for r in &mut d.references {
        let id = r.id.0.clone();
        at("references", &[&id, "citation"], &mut r.citation);
        at("references", &[&id, "title"], &mut r.title);
        at("references", &[&id, "summary"], &mut r.summary);
    }
    for c in &mut d.countries {
        at("countries", &[c.code.as_str()], &mut c.name);
    }
    crate::vocabulary::visit_labels(&mut d.vocabulary, &mut |table, value, label| {
        at("vocabulary", &[table, value], label);
    });
    for item in &mut d.dpia.national_list {
        at("dpia", &[&item.id.clone(), "item"], &mut item.item);
    }
    for (i, s) in d.notices.privacy.iter_mut().enumerate() {
        at("notices", &["privacy", &(i + 1).to_string()], s);
    }
    for (i, s) in d.notices.employee.iter_mut().enumerate() {
        at("notices", &["employee", &(i + 1).to_string()], s);
    }
    for (m, s) in &mut d.notices.transfer {
        at("notices", &["transfer", m.as_ref()], s);
    }
    for v in &mut d.vendors {
        let file = format!("vendors/{}", v.id);
        let at = |path: &[&str], text: &mut String| at(&file, path, text);
        let mut at = at;
        at(&["description"], &mut v.description);
        for p in &mut v.purposes {
            let id = p.id.clone();
            at(&["purposes", &id, "name"], &mut p.name);
            at(
                &["purposes", &id, "personal_data_detail"],
                &mut p.personal_data_detail,
            );
            at(
                &["purposes", &id, "lawful_basis_note"],
                &mut p.lawful_basis_note,
            );
        }
        for r in &mut v.hosting.regions {
            at(&["hosting", "regions", &r.id.clone()], &mut r.detail);
        }
        at(&["hosting", "eu_region_how"], &mut v.hosting.eu_region_how);
        at(&["transfers", "note"], &mut v.transfers.note);
        at(&["documents", "dpa_how"], &mut v.documents.dpa_how);
        at(&["retention", "default"], &mut v.retention.default);
        at(&["retention", "options"], &mut v.retention.options);
        at(
            &["retention", "after_termination"],
            &mut v.retention.after_termination,
        );
        for c in v.cookies.iter_mut().filter(|c| !c.from_open_data()) {
            at(&["cookies", &c.name.clone()], &mut c.description);
        }
        at(&["dpia", "note"], &mut v.dpia.note);
        for c in &mut v.dpia.criteria {
            at(&["dpia", "criteria", c.criterion.as_ref()], &mut c.note);
        }
        at(&["nis2", "note"], &mut v.nis2.note);
        for c in &mut v.controls {
            at(&["controls", c.kind.as_ref()], &mut c.how);
        }
        if let Some(t) = &mut v.security.response_time {
            at(&["security", "response_time"], t);
        }
    }
    for r in &mut d.changelog.releases {
        let version = r.version.clone();
        at("changelog", &[&version, "note"], &mut r.note);
        for (i, c) in r.changes.iter_mut().enumerate() {
            at("changelog", &[&version, &i.to_string()], &mut c.note);
        }
    }
}

/// The `{name}` placeholders of a data text, sorted, which a translation must keep.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .collect();
    out.sort_unstable();
    out
}

//! The visitor's selection and answers, and the public answers file that carries them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use vendorplan_data::{Dataset, Question, QuestionId, QuestionKind, Scope, VendorId};

/// One answer. "I don't know" is [`Answer::unknown`], the text `unknown`, which no option may use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Answer {
    Number(f64),
    List(Vec<String>),
    Text(String),
}

pub const UNKNOWN: &str = "unknown";

impl Answer {
    pub fn unknown() -> Self {
        Answer::Text(UNKNOWN.to_owned())
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Answer::Text(t) if t == UNKNOWN)
    }

    pub fn yes(yes: bool) -> Self {
        Answer::Text(if yes { "yes" } else { "no" }.to_owned())
    }

    /// Checks the answer against the question's kind and options.
    pub fn check(&self, question: &Question, dataset: &Dataset) -> Result<(), String> {
        if self.is_unknown() {
            return Ok(());
        }
        let option = |id: &str| question.options.iter().any(|o| o.id == id);
        let ok = match (question.kind, self) {
            (QuestionKind::YesNo, Answer::Text(t)) => t == "yes" || t == "no",
            (QuestionKind::Choice, Answer::Text(t)) => option(t),
            (QuestionKind::MultiChoice, Answer::List(items)) => items.iter().all(|i| option(i)),
            (QuestionKind::Country, Answer::Text(t)) => dataset.country(t).is_some(),
            (QuestionKind::Number, Answer::Number(n)) => n.is_finite() && *n >= 0.0,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            let expected = match question.kind {
                QuestionKind::YesNo => "`yes`, `no` or `unknown`".to_owned(),
                QuestionKind::Choice => format!(
                    "one of {} or `unknown`",
                    question
                        .options
                        .iter()
                        .map(|o| format!("`{}`", o.id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                QuestionKind::MultiChoice => "a list of option ids, or `unknown`".to_owned(),
                QuestionKind::Country => "a country code such as `DE`, or `unknown`".to_owned(),
                QuestionKind::Number => "a number of zero or more, or `unknown`".to_owned(),
            };
            Err(format!(
                "`{}` is not an answer to this question: expected {expected}",
                self
            ))
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Number(n) => write!(f, "{n}"),
            Answer::List(items) => f.write_str(&items.join(", ")),
            Answer::Text(t) => f.write_str(t),
        }
    }
}

/// Which question an answer belongs to, and for vendor questions, which vendor. Written
/// `question` or `vendor.question` in the answers file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnswerKey {
    pub vendor: Option<VendorId>,
    pub question: QuestionId,
}

impl AnswerKey {
    pub fn org(question: &str) -> Self {
        AnswerKey {
            vendor: None,
            question: question.into(),
        }
    }

    pub fn vendor(vendor: &VendorId, question: &str) -> Self {
        AnswerKey {
            vendor: Some(vendor.clone()),
            question: question.into(),
        }
    }
}

impl fmt::Display for AnswerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.vendor {
            Some(v) => write!(f, "{v}.{}", self.question),
            None => write!(f, "{}", self.question),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for AnswerKey {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnswerKey".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A question id, or `<vendor id>.<question id>` for a question asked per vendor",
            "pattern": "^([a-z0-9-]+\\.)?[a-z0-9_]+$"
        })
    }
}

impl Serialize for AnswerKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AnswerKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.split_once('.') {
            Some((v, q)) => AnswerKey {
                vendor: Some(v.into()),
                question: q.into(),
            },
            None => AnswerKey {
                vendor: None,
                question: s.as_str().into(),
            },
        })
    }
}

/// The visitor's selected vendors and answers. Unanswered questions are simply absent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Answers {
    pub vendors: BTreeSet<VendorId>,
    pub answers: BTreeMap<AnswerKey, Answer>,
    /// Ids of the actions the visitor has ticked off.
    pub done: BTreeSet<String>,
    /// The organisation the plan is for, as the visitor typed it; shown on every export.
    pub organisation: String,
    /// The visitor's own notes, by action id ("DPA signed 3 March, filed under Legal/DPAs").
    pub notes: BTreeMap<String, String>,
}

impl Answers {
    pub fn get(&self, key: &AnswerKey) -> Option<&Answer> {
        self.answers.get(key)
    }

    /// Answers about vendors no longer selected are kept, so that re-adding a vendor restores
    /// them; they are left out of files and plans.
    pub fn relevant(&self) -> impl Iterator<Item = (&AnswerKey, &Answer)> {
        self.answers
            .iter()
            .filter(|(k, _)| k.vendor.as_ref().is_none_or(|v| self.vendors.contains(v)))
    }
}

pub const ANSWERS_FORMAT: &str = "vendorplan-answers";
pub const ANSWERS_VERSION: u32 = 1;

/// The answers file (`docs/answers.schema.json`): the public, versioned form of [`Answers`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    pub format: String,
    pub version: u32,
    pub vendors: Vec<VendorId>,
    pub answers: BTreeMap<AnswerKey, Answer>,
    /// Action ids ticked off as done; ids no longer in the plan are kept and ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done: Vec<String>,
    /// The organisation the plan is for, at most 200 characters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Notes by action id, each at most 4,000 characters; notes on actions no longer in the
    /// plan are kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
}

/// Limits on what the visitor types, so that a file can never carry a megabyte "name".
pub const MAX_ORGANISATION: usize = 200;
pub const MAX_NOTE: usize = 4_000;
pub const MAX_NOTES: usize = 2_000;

impl From<&Answers> for AnswersFile {
    fn from(a: &Answers) -> Self {
        AnswersFile {
            format: ANSWERS_FORMAT.to_owned(),
            version: ANSWERS_VERSION,
            vendors: a.vendors.iter().cloned().collect(),
            answers: a.relevant().map(|(k, v)| (k.clone(), v.clone())).collect(),
            done: a.done.iter().cloned().collect(),
            organisation: a.organisation.clone(),
            notes: a.notes.clone(),
        }
    }
}

/// Refuses files from a newer Vendorplan with a message that says so.
fn check_version(found: Option<u64>, current: u64, at: &str) -> Result<(), Vec<ImportError>> {
    match found {
        Some(v) if v >= 1 && v <= current => Ok(()),
        Some(v) if v > current => Err(vec![ImportError {
            at: at.into(),
            message: format!("this file was made by a newer Vendorplan (format version {v}); this one reads versions up to {current}: update Vendorplan to open it"),
        }]),
        _ => Err(vec![ImportError { at: at.into(), message: "missing or invalid format version".into() }]),
    }
}

/// Upgrades an answers file, one version at a time, to [`ANSWERS_VERSION`]. Each step is a
/// function from version N to N+1; there are none yet, as version 1 is the first.
fn migrate(value: serde_json::Value, from: u64) -> serde_json::Value {
    const STEPS: &[fn(serde_json::Value) -> serde_json::Value] = &[];
    STEPS
        .iter()
        .skip(from.saturating_sub(1) as usize)
        .fold(value, |v, step| step(v))
}

/// A problem in an imported answers file: where, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    /// A path into the file, such as `answers.jumpcloud.region_chosen`; empty for the whole file.
    pub at: String,
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.at, self.message)
        }
    }
}

impl AnswersFile {
    /// Reads an answers file, or the answers inside a plan file, strictly, migrating older
    /// versions, and checks every id and answer against the catalog. Reports every problem, not
    /// only the first.
    pub fn parse(json: &str, dataset: &Dataset) -> Result<Answers, Vec<ImportError>> {
        let whole = |message: String| {
            vec![ImportError {
                at: String::new(),
                message,
            }]
        };
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| whole(format!("not a readable JSON file: {e}")))?;
        let format = value
            .get("format")
            .and_then(|f| f.as_str())
            .unwrap_or_default()
            .to_owned();
        let (value, version_at) = match format.as_str() {
            ANSWERS_FORMAT => (value, "version"),
            crate::plan::PLAN_FORMAT => {
                let version = value.get("version").and_then(serde_json::Value::as_u64);
                check_version(version, crate::plan::PLAN_VERSION.into(), "version")?;
                let answers = value.get("answers").cloned().ok_or_else(|| {
                    vec![ImportError {
                        at: "answers".into(),
                        message: "a plan file must carry its answers".into(),
                    }]
                })?;
                (answers, "answers.version")
            }
            other => {
                return Err(whole(format!(
                "not a Vendorplan file: `format` is `{other}`, expected `{ANSWERS_FORMAT}` or `{}`",
                crate::plan::PLAN_FORMAT
            )))
            }
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        check_version(version, ANSWERS_VERSION.into(), version_at)?;
        let value = migrate(value, version.unwrap_or_default());
        let file: AnswersFile = serde_json::from_value(value)
            .map_err(|e| whole(format!("not a readable answers file: {e}")))?;
        file.into_answers(dataset)
    }

    pub fn into_answers(self, dataset: &Dataset) -> Result<Answers, Vec<ImportError>> {
        let mut errors = Vec::new();
        if self.format != ANSWERS_FORMAT {
            errors.push(ImportError {
                at: "format".into(),
                message: format!("expected `{ANSWERS_FORMAT}`, found `{}`", self.format),
            });
        }
        if self.version != ANSWERS_VERSION {
            errors.push(ImportError {
                at: "version".into(),
                message: format!("version {} is not supported; this version of Vendorplan reads version {ANSWERS_VERSION}", self.version),
            });
        }
        for (i, v) in self.vendors.iter().enumerate() {
            if dataset.vendor(v).is_none() {
                errors.push(ImportError {
                    at: format!("vendors[{i}]"),
                    message: format!("unknown vendor `{v}`"),
                });
            }
        }
        for (key, answer) in &self.answers {
            let at = format!("answers.{key}");
            let Some(question) = dataset.question(key.question.as_str()) else {
                errors.push(ImportError {
                    at,
                    message: format!("unknown question `{}`", key.question),
                });
                continue;
            };
            match (&key.vendor, question.scope) {
                (None, Scope::Vendor) => {
                    errors.push(ImportError {
                        at,
                        message: "this question is asked per vendor: write `<vendor>.<question>`"
                            .into(),
                    });
                    continue;
                }
                (Some(_), Scope::Organisation) => {
                    errors.push(ImportError { at, message: "this question is asked once for the organisation: write it without a vendor".into() });
                    continue;
                }
                (Some(v), _) if !self.vendors.contains(v) => {
                    errors.push(ImportError {
                        at,
                        message: format!("vendor `{v}` is not in `vendors`"),
                    });
                    continue;
                }
                _ => {}
            }
            if let Err(message) = answer.check(question, dataset) {
                errors.push(ImportError { at, message });
            }
        }
        if self.organisation.chars().count() > MAX_ORGANISATION {
            errors.push(ImportError {
                at: "organisation".into(),
                message: format!("longer than {MAX_ORGANISATION} characters"),
            });
        }
        if self.notes.len() > MAX_NOTES {
            errors.push(ImportError {
                at: "notes".into(),
                message: format!("more than {MAX_NOTES} notes"),
            });
        }
        for (action, note) in &self.notes {
            if note.chars().count() > MAX_NOTE {
                errors.push(ImportError {
                    at: format!("notes.{action}"),
                    message: format!("longer than {MAX_NOTE} characters"),
                });
            }
        }
        if errors.is_empty() {
            Ok(Answers {
                vendors: self.vendors.into_iter().collect(),
                answers: self.answers,
                done: self.done.into_iter().collect(),
                organisation: self.organisation,
                notes: self.notes,
            })
        } else {
            Err(errors)
        }
    }
}

/// The JSON Schemas of the public files, as published in `docs/`.
#[cfg(feature = "schema")]
pub fn schemas() -> [(&'static str, String); 2] {
    let pretty =
        |s: schemars::Schema| serde_json::to_string_pretty(&s).expect("schemas serialize") + "\n";
    [
        (
            "answers.schema.json",
            pretty(schemars::schema_for!(AnswersFile)),
        ),
        (
            "plan.schema.json",
            pretty(schemars::schema_for!(crate::plan::Plan)),
        ),
    ]
}

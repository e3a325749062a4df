//! The visitor's selection and answers, and the public answers file that carries them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use vendorplan_data::{t, Dataset, Question, QuestionId, QuestionKind, Scope, VendorId};

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
    pub fn check(&self, question: &Question, dataset: &Dataset) -> Result<(), ImportProblem> {
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
            Err(ImportProblem::NotAnAnswer {
                answer: self.to_string(),
                kind: question.kind,
                options: question.options.iter().map(|o| o.id.clone()).collect(),
            })
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

/// The largest answers or plan file read; anything larger is refused before it is parsed, so a
/// gigabyte costs no more than a kilobyte. A plan file holds the whole plan: with every vendor
/// of the catalog it is about 10 MB (in French, the longest language), and notes can add
/// 8 million characters. What Vendorplan writes it must read back
/// (`tests/hostile.rs`, `the_largest_file_we_write_is_read_back`).
pub const MAX_FILE_BYTES: u64 = 32 << 20;

/// Refuses a file over [`MAX_FILE_BYTES`], from its size alone.
pub fn check_file_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::new("", ImportProblem::FileTooBig { bytes }))
    } else {
        Ok(())
    }
}

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
        Some(v) if v > current => Err(vec![ImportError::new(
            at,
            ImportProblem::NewerVersion { found: v, current },
        )]),
        _ => Err(vec![ImportError::new(at, ImportProblem::BadVersion)]),
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

/// A problem in an imported answers file or share link: where, and what is wrong. Shown to
/// people with [`ImportError::describe`], in the language of a dataset; `Display` gives the
/// English text, for logs and tests.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    /// A path into the file, such as `answers.jumpcloud.region_chosen`; empty for the whole file.
    pub at: String,
    pub problem: ImportProblem,
}

/// What is wrong with an imported file or a share link. Names from the file (ids, the
/// `format`) are kept as they are; [`ImportProblem::describe`] puts the rest into words.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportProblem {
    /// More than [`MAX_FILE_BYTES`]; the file was not read.
    FileTooBig {
        bytes: u64,
    },
    /// Not JSON; `detail` is the JSON reader's (English) description.
    NotJson {
        detail: String,
    },
    /// A `format` that is neither an answers file's nor a plan file's.
    NotVendorplan {
        found: String,
    },
    NewerVersion {
        found: u64,
        current: u64,
    },
    /// No `version`, or not a positive number.
    BadVersion,
    PlanWithoutAnswers,
    /// JSON of the wrong shape; `detail` is the JSON reader's (English) description.
    NotAnswersFile {
        detail: String,
    },
    WrongFormat {
        found: String,
    },
    UnsupportedVersion {
        found: u32,
    },
    UnknownVendor {
        vendor: String,
    },
    UnknownQuestion {
        question: String,
    },
    /// A per-vendor question written without a vendor.
    VendorQuestion,
    /// An organisation question written with a vendor.
    OrganisationQuestion,
    VendorNotSelected {
        vendor: String,
    },
    /// `answer` does not fit a question of this kind (with these option ids).
    NotAnAnswer {
        answer: String,
        kind: QuestionKind,
        options: Vec<String>,
    },
    TooLong {
        max: usize,
    },
    TooManyNotes {
        max: usize,
    },
    /// Share links: longer than any link could be.
    LinkTooLong {
        max: usize,
    },
    LinkEmpty,
    /// A character that base64url lacks; `None` when it cannot be pointed at.
    LinkBadCharacter {
        found: Option<char>,
    },
    LinkCutOff,
    LinkPadding,
    /// The inflated answers are not UTF-8, from this byte on.
    LinkNotText {
        byte: usize,
    },
    LinkTooBig {
        kib: usize,
    },
    LinkEndsEarly,
    LinkDamaged,
}

impl ImportProblem {
    /// The problem in words, in the dataset's language.
    pub fn describe(&self, data: &Dataset) -> String {
        use ImportProblem as P;
        match self {
            P::FileTooBig { bytes } => {
                let megabytes =
                    |b: u64| crate::explain::number(data, (b as f64 / 104_857.6).round() / 10.0);
                t!(
                    data,
                    "error-file-too-big",
                    size = megabytes(*bytes),
                    max = megabytes(MAX_FILE_BYTES)
                )
            }
            P::NotJson { detail } => t!(data, "error-not-json", detail = detail.as_str()),
            P::NotVendorplan { found } => t!(
                data,
                "error-not-vendorplan",
                found = found.as_str(),
                answers = ANSWERS_FORMAT,
                plan = crate::plan::PLAN_FORMAT
            ),
            P::NewerVersion { found, current } => t!(
                data,
                "error-newer-version",
                found = *found,
                current = *current
            ),
            P::BadVersion => t!(data, "error-bad-version"),
            P::PlanWithoutAnswers => t!(data, "error-plan-without-answers"),
            P::NotAnswersFile { detail } => {
                t!(data, "error-not-answers-file", detail = detail.as_str())
            }
            P::WrongFormat { found } => t!(
                data,
                "error-wrong-format",
                expected = ANSWERS_FORMAT,
                found = found.as_str()
            ),
            P::UnsupportedVersion { found } => t!(
                data,
                "error-unsupported-version",
                found = *found,
                current = ANSWERS_VERSION
            ),
            P::UnknownVendor { vendor } => {
                t!(data, "error-unknown-vendor", vendor = vendor.as_str())
            }
            P::UnknownQuestion { question } => {
                t!(data, "error-unknown-question", question = question.as_str())
            }
            P::VendorQuestion => t!(data, "error-vendor-question"),
            P::OrganisationQuestion => t!(data, "error-organisation-question"),
            P::VendorNotSelected { vendor } => {
                t!(data, "error-vendor-not-selected", vendor = vendor.as_str())
            }
            P::NotAnAnswer {
                answer,
                kind,
                options,
            } => {
                let expected = match kind {
                    QuestionKind::YesNo => t!(data, "error-expected-yes-no"),
                    QuestionKind::Choice => t!(
                        data,
                        "error-expected-choice",
                        options = options
                            .iter()
                            .map(|o| format!("`{o}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    QuestionKind::MultiChoice => t!(data, "error-expected-multi-choice"),
                    QuestionKind::Country => t!(data, "error-expected-country"),
                    QuestionKind::Number => t!(data, "error-expected-number"),
                };
                t!(
                    data,
                    "error-not-an-answer",
                    answer = answer.as_str(),
                    expected = expected
                )
            }
            P::TooLong { max } => t!(data, "error-too-long", max = *max),
            P::TooManyNotes { max } => t!(data, "error-too-many-notes", max = *max),
            P::LinkTooLong { max } => t!(data, "error-link-too-long", max = *max),
            P::LinkEmpty => t!(
                data,
                "error-link-empty",
                prefix = crate::share::FRAGMENT_PREFIX
            ),
            P::LinkBadCharacter { found: Some(c) } => {
                t!(data, "error-link-bad-character", found = c.to_string())
            }
            P::LinkBadCharacter { found: None } => t!(data, "error-link-bad-byte"),
            P::LinkCutOff => t!(data, "error-link-cut-off"),
            P::LinkPadding => t!(data, "error-link-padding"),
            P::LinkNotText { byte } => t!(data, "error-link-not-text", byte = *byte),
            P::LinkTooBig { kib } => t!(data, "error-link-too-big", kib = *kib),
            P::LinkEndsEarly => t!(data, "error-link-ends-early"),
            P::LinkDamaged => t!(data, "error-link-damaged"),
        }
    }
}

impl ImportError {
    pub fn new(at: impl Into<String>, problem: ImportProblem) -> Self {
        ImportError {
            at: at.into(),
            problem,
        }
    }

    /// The problem only, without where it is, in the dataset's language.
    pub fn message(&self, data: &Dataset) -> String {
        self.problem.describe(data)
    }

    /// Where and what, in the dataset's language: "answers.country: `XX` is not an answer …".
    pub fn describe(&self, data: &Dataset) -> String {
        let problem = self.problem.describe(data);
        if self.at.is_empty() {
            problem
        } else {
            t!(data, "error-at", at = self.at.as_str(), problem = problem)
        }
    }
}

/// In English, for logs and tests; people read [`ImportError::describe`].
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(crate::catalog::dataset()))
    }
}

/// In English, for logs and tests; people read [`ImportProblem::describe`].
impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(crate::catalog::dataset()))
    }
}

impl AnswersFile {
    /// Reads an answers file, or the answers inside a plan file, strictly, migrating older
    /// versions, and checks every id and answer against the catalog. Reports every problem, not
    /// only the first.
    pub fn parse(json: &str, dataset: &Dataset) -> Result<Answers, Vec<ImportError>> {
        check_file_size(json.len() as u64).map_err(|e| vec![e])?;
        let whole = |problem: ImportProblem| vec![ImportError::new("", problem)];
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
            whole(ImportProblem::NotJson {
                detail: e.to_string(),
            })
        })?;
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
                    vec![ImportError::new(
                        "answers",
                        ImportProblem::PlanWithoutAnswers,
                    )]
                })?;
                (answers, "answers.version")
            }
            other => {
                return Err(whole(ImportProblem::NotVendorplan {
                    found: other.to_owned(),
                }))
            }
        };
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        check_version(version, ANSWERS_VERSION.into(), version_at)?;
        let value = migrate(value, version.unwrap_or_default());
        let file: AnswersFile = serde_json::from_value(value).map_err(|e| {
            whole(ImportProblem::NotAnswersFile {
                detail: e.to_string(),
            })
        })?;
        file.into_answers(dataset)
    }

    pub fn into_answers(self, dataset: &Dataset) -> Result<Answers, Vec<ImportError>> {
        let mut errors = Vec::new();
        if self.format != ANSWERS_FORMAT {
            errors.push(ImportError::new(
                "format",
                ImportProblem::WrongFormat {
                    found: self.format.clone(),
                },
            ));
        }
        if self.version != ANSWERS_VERSION {
            errors.push(ImportError::new(
                "version",
                ImportProblem::UnsupportedVersion {
                    found: self.version,
                },
            ));
        }
        for (i, v) in self.vendors.iter().enumerate() {
            if dataset.vendor(v).is_none() {
                errors.push(ImportError::new(
                    format!("vendors[{i}]"),
                    ImportProblem::UnknownVendor {
                        vendor: v.to_string(),
                    },
                ));
            }
        }
        for (key, answer) in &self.answers {
            let at = format!("answers.{key}");
            let Some(question) = dataset.question(key.question.as_str()) else {
                errors.push(ImportError::new(
                    at,
                    ImportProblem::UnknownQuestion {
                        question: key.question.to_string(),
                    },
                ));
                continue;
            };
            match (&key.vendor, question.scope) {
                (None, Scope::Vendor) => {
                    errors.push(ImportError::new(at, ImportProblem::VendorQuestion));
                    continue;
                }
                (Some(_), Scope::Organisation) => {
                    errors.push(ImportError::new(at, ImportProblem::OrganisationQuestion));
                    continue;
                }
                (Some(v), _) if !self.vendors.contains(v) => {
                    errors.push(ImportError::new(
                        at,
                        ImportProblem::VendorNotSelected {
                            vendor: v.to_string(),
                        },
                    ));
                    continue;
                }
                _ => {}
            }
            if let Err(problem) = answer.check(question, dataset) {
                errors.push(ImportError::new(at, problem));
            }
        }
        if self.organisation.chars().count() > MAX_ORGANISATION {
            errors.push(ImportError::new(
                "organisation",
                ImportProblem::TooLong {
                    max: MAX_ORGANISATION,
                },
            ));
        }
        if self.notes.len() > MAX_NOTES {
            errors.push(ImportError::new(
                "notes",
                ImportProblem::TooManyNotes { max: MAX_NOTES },
            ));
        }
        for (action, note) in &self.notes {
            if note.chars().count() > MAX_NOTE {
                errors.push(ImportError::new(
                    format!("notes.{action}"),
                    ImportProblem::TooLong { max: MAX_NOTE },
                ));
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

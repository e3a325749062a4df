//! What changed between an older plan and a newer one, per vendor and section, and why: the
//! catalog changed (with the changelog notes of the releases in between), the visitor's answers
//! changed (naming them), or both.
//!
//! The cause is found by building a third plan: the old answers with the current catalog. What
//! differs between the old plan and that one is the catalog's doing; what differs between that
//! one and the new plan is the answers'. This holds when the new plan was made with the current
//! catalog (always so when NEW is omitted or in the browser); for a new plan from another
//! catalog, the cause is read from the answers each item rests on.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use vendorplan_data::vocabulary::label;
use vendorplan_data::Dataset;
use vendorplan_data::{
    t, CatalogInfo, CookiePurpose, CountryCode, DpfStatus, EuRegion, Priority, QuestionId, RuleId,
    TransferMechanism, VendorId,
};

use crate::answers::{Answer, AnswerKey, Answers, AnswersFile, ImportError, ImportProblem};
use crate::explain;
use crate::plan::{Met, Plan, Reason, PLAN_FORMAT, PLAN_VERSION};

/// Everything that changed between two plans. Plain data; `vendorplan diff --format json`
/// prints it as it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    /// The catalog each plan was made with.
    pub old_catalog: CatalogInfo,
    pub new_catalog: CatalogInfo,
    /// The catalog releases after the old plan's, up to the new plan's, oldest first.
    pub releases: Vec<ReleaseNote>,
    /// The answers the visitor changed, in key order.
    pub answers: Vec<AnswerChange>,
    /// Per vendor (the organisation's own actions first, with no vendor), only those with
    /// changes.
    pub vendors: Vec<VendorChanges>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReleaseNote {
    pub version: String,
    pub date: String,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerChange {
    pub key: AnswerKey,
    /// `None`: not answered in that plan.
    pub old: Option<Answer>,
    pub new: Option<Answer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VendorChanges {
    /// `None` for the actions about the organisation as a whole.
    pub vendor: Option<VendorId>,
    pub name: String,
    pub changes: Vec<Change>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub section: Section,
    pub what: What,
    pub cause: Cause,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Selection,
    Actions,
    Cookies,
    Transfers,
    Dpia,
}

/// One change. `None` on either side of a transfer means there was no such row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum What {
    VendorAdded,
    VendorRemoved,
    ActionNew {
        id: String,
        title: String,
        priority: Priority,
        due: String,
    },
    ActionGone {
        id: String,
        title: String,
    },
    ActionPriority {
        id: String,
        title: String,
        old: Priority,
        new: Priority,
    },
    ActionDue {
        id: String,
        title: String,
        old: String,
        new: String,
    },
    CookieAdded {
        name: String,
        purpose: CookiePurpose,
        duration: String,
    },
    CookieRemoved {
        name: String,
    },
    CookiePurpose {
        name: String,
        old: CookiePurpose,
        new: CookiePurpose,
    },
    CookieDuration {
        name: String,
        old: String,
        new: String,
    },
    Transfer {
        country: Option<CountryCode>,
        old: Option<TransferMechanism>,
        new: Option<TransferMechanism>,
    },
    DpfStatus {
        old: Option<String>,
        new: Option<String>,
    },
    EuRegion {
        old: Option<String>,
        new: Option<String>,
    },
    DpiaResult {
        old: Option<Met>,
        new: Option<Met>,
    },
}

impl What {
    /// The `kind` of the change as in the JSON form: `cookie-added`.
    pub fn kind(&self) -> &'static str {
        match self {
            What::VendorAdded => "vendor-added",
            What::VendorRemoved => "vendor-removed",
            What::ActionNew { .. } => "action-new",
            What::ActionGone { .. } => "action-gone",
            What::ActionPriority { .. } => "action-priority",
            What::ActionDue { .. } => "action-due",
            What::CookieAdded { .. } => "cookie-added",
            What::CookieRemoved { .. } => "cookie-removed",
            What::CookiePurpose { .. } => "cookie-purpose",
            What::CookieDuration { .. } => "cookie-duration",
            What::Transfer { .. } => "transfer",
            What::DpfStatus { .. } => "dpf-status",
            What::EuRegion { .. } => "eu-region",
            What::DpiaResult { .. } => "dpia-result",
        }
    }
}

/// Why something changed; at least one of `catalog` and `answers` is true.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cause {
    /// The catalog (a vendor record or a rule) changed.
    pub catalog: bool,
    /// The changelog notes for this vendor or rule from the releases in between.
    pub notes: Vec<ChangeNote>,
    /// The visitor's answers or selection changed.
    pub answers: bool,
    /// The changed answers this item rests on.
    pub changed: Vec<AnswerKey>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeNote {
    pub version: String,
    pub note: String,
}

/// What a comparison reads of a plan. A plan file is read into this, leniently: the sections a
/// comparison does not need (registers, notices, references) are skipped unread, so that reading
/// them costs the browser bundle no code.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Snapshot {
    pub catalog: CatalogInfo,
    #[serde(default)]
    pub made: Option<String>,
    pub answers: AnswersFile,
    pub summary: SnapshotSummary,
    pub actions: Vec<SnapshotAction>,
    pub cookies: Vec<SnapshotCookie>,
    pub transfers: Vec<SnapshotTransfer>,
    pub dpia: SnapshotDpia,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotSummary {
    pub vendors: Vec<SnapshotVendor>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotVendor {
    pub id: VendorId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotAction {
    pub id: String,
    pub rule: Option<RuleId>,
    pub title: String,
    pub vendor: Option<VendorId>,
    pub priority: Priority,
    pub due: String,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotCookie {
    pub name: String,
    pub vendor: VendorId,
    pub purpose: CookiePurpose,
    pub duration: String,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotTransfer {
    pub vendor: VendorId,
    pub country: Option<CountryCode>,
    pub mechanism: TransferMechanism,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotDpia {
    pub vendors: Vec<SnapshotVendorDpia>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotVendorDpia {
    pub vendor: VendorId,
    pub required: Met,
    pub criteria: Vec<SnapshotBecause>,
    pub national_lists: Vec<SnapshotBecause>,
}

/// A DPIA criterion or national-list entry, for what it rests on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnapshotBecause {
    pub because: Vec<Reason>,
}

impl From<&Plan> for Snapshot {
    fn from(p: &Plan) -> Self {
        let because = |b: &[Reason]| SnapshotBecause {
            because: b.to_vec(),
        };
        Snapshot {
            catalog: p.catalog.clone(),
            made: p.made.clone(),
            answers: p.answers.clone(),
            summary: SnapshotSummary {
                vendors: p
                    .summary
                    .vendors
                    .iter()
                    .map(|v| SnapshotVendor {
                        id: v.id.clone(),
                        name: v.name.clone(),
                    })
                    .collect(),
            },
            actions: p
                .actions
                .iter()
                .map(|a| SnapshotAction {
                    id: a.id.clone(),
                    rule: a.rule.clone(),
                    title: a.title.clone(),
                    vendor: a.vendor.clone(),
                    priority: a.priority,
                    due: a.due.clone(),
                    because: a.because.clone(),
                })
                .collect(),
            cookies: p
                .cookies
                .iter()
                .map(|c| SnapshotCookie {
                    name: c.name.clone(),
                    vendor: c.vendor.clone(),
                    purpose: c.purpose,
                    duration: c.duration.clone(),
                    because: c.because.clone(),
                })
                .collect(),
            transfers: p
                .transfers
                .iter()
                .map(|t| SnapshotTransfer {
                    vendor: t.vendor.clone(),
                    country: t.country.clone(),
                    mechanism: t.mechanism,
                    because: t.because.clone(),
                })
                .collect(),
            dpia: SnapshotDpia {
                vendors: p
                    .dpia
                    .vendors
                    .iter()
                    .map(|d| SnapshotVendorDpia {
                        vendor: d.vendor.clone(),
                        required: d.required,
                        criteria: d.criteria.iter().map(|c| because(&c.because)).collect(),
                        national_lists: d
                            .national_lists
                            .iter()
                            .map(|l| because(&l.because))
                            .collect(),
                    })
                    .collect(),
            },
        }
    }
}

/// Why a plan file could not be read for a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Not a plan file: not JSON, another format, or a file a newer Vendorplan made.
    Import(Vec<ImportError>),
    /// It says it is a plan but its content does not fit the plan format.
    NotPlan { detail: String },
}

impl ReadError {
    pub fn describe(&self, data: &Dataset) -> Vec<String> {
        match self {
            ReadError::Import(errors) => errors.iter().map(|e| e.describe(data)).collect(),
            ReadError::NotPlan { detail } => {
                vec![t!(data, "diff-error-not-plan", detail = detail.as_str())]
            }
        }
    }
}

/// Reads a plan file (any version up to [`PLAN_VERSION`]) as it was written, without checking
/// it against today's catalog: an old plan may name vendors or rules the catalog no longer has.
/// Its sections that a comparison reads must be whole; the others are not looked at.
pub fn read_plan(json: &str) -> Result<Snapshot, ReadError> {
    crate::answers::check_file_size(json.len() as u64).map_err(|e| ReadError::Import(vec![e]))?;
    let whole = |problem| ReadError::Import(vec![ImportError::new("", problem)]);
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        whole(ImportProblem::NotJson {
            detail: e.to_string(),
        })
    })?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != PLAN_FORMAT {
        return Err(whole(ImportProblem::NotVendorplan {
            found: format.to_owned(),
        }));
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if (1..=u64::from(PLAN_VERSION)).contains(&v) => {}
        Some(v) if v > u64::from(PLAN_VERSION) => {
            return Err(ReadError::Import(vec![ImportError::new(
                "version",
                ImportProblem::NewerVersion {
                    found: v,
                    current: PLAN_VERSION.into(),
                },
            )]))
        }
        _ => {
            return Err(ReadError::Import(vec![ImportError::new(
                "version",
                ImportProblem::BadVersion,
            )]))
        }
    }
    serde_json::from_value(value).map_err(|e| ReadError::NotPlan {
        detail: e.to_string(),
    })
}

/// The answers of an old plan as far as today's catalog knows them: vendors it no longer has,
/// and answers to questions it no longer asks or in a form it no longer takes, are left out, so
/// that the old answers can still be replayed.
pub fn replayable_answers(file: &AnswersFile, data: &Dataset) -> Answers {
    let vendors: BTreeSet<VendorId> = file
        .vendors
        .iter()
        .filter(|v| data.vendor(v).is_some())
        .cloned()
        .collect();
    let answers = file
        .answers
        .iter()
        .filter(|(k, a)| {
            k.vendor.as_ref().is_none_or(|v| vendors.contains(v))
                && data.question(k.question.as_str()).is_some_and(|q| {
                    (q.scope == vendorplan_data::Scope::Vendor) == k.vendor.is_some()
                        && a.check(q, data).is_ok()
                })
        })
        .map(|(k, a)| (k.clone(), a.clone()))
        .collect();
    Answers {
        vendors,
        answers,
        done: file.done.iter().cloned().collect(),
        organisation: file.organisation.clone(),
        notes: file.notes.clone(),
    }
}

/// Compares an old plan with a new one; `data` is the current catalog.
pub fn diff(data: &Dataset, old: &Snapshot, new: &Snapshot) -> Diff {
    // The old answers under today's catalog, when the new plan is today's catalog's: the pivot
    // that separates the catalog's changes from the visitor's.
    let mid = (new.catalog == data.catalog).then(|| {
        Snapshot::from(&crate::engine::build_plan(
            data,
            &replayable_answers(&old.answers, data),
        ))
    });
    let releases: Vec<&vendorplan_data::Release> = data
        .changelog
        .releases
        .iter()
        .filter(|r| {
            newer(&r.version, &old.catalog.version) && !newer(&r.version, &new.catalog.version)
        })
        .collect();

    let answers = answer_changes(data, old, new);
    let changed: BTreeSet<AnswerKey> = answers.iter().map(|a| a.key.clone()).collect();
    let old_selection: BTreeSet<&VendorId> = old.answers.vendors.iter().collect();
    let new_selection: BTreeSet<&VendorId> = new.answers.vendors.iter().collect();
    let ctx = Context {
        catalog_changed: old.catalog != new.catalog,
        releases: &releases,
        changed: &changed,
        reselected: old_selection
            .symmetric_difference(&new_selection)
            .map(|v| (*v).clone())
            .collect(),
    };

    let mut out: BTreeMap<Option<VendorId>, Vec<Change>> = BTreeMap::new();
    let views = [Some(old), mid.as_ref(), Some(new)];
    let sections: [(Section, Project); 5] = [
        (Section::Selection, selection),
        (Section::Actions, actions),
        (Section::Cookies, cookies),
        (Section::Transfers, transfers),
        (Section::Dpia, dpia),
    ];
    for (section, items) in sections {
        let [o, m, n] = views.map(|p| p.map(items));
        let (o, n) = (o.unwrap_or_default(), n.unwrap_or_default());
        let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
        for key in keys {
            let (a, b) = (o.get(key), n.get(key));
            if a.map(|i| &i.value) == b.map(|i| &i.value) {
                continue;
            }
            let item = b.or(a).expect("a key of either side");
            let pivot = m.as_ref().map(|m| m.get(key));
            let cause = ctx.cause(section, item, a, pivot, b);
            for what in describe(section, a, b) {
                out.entry(item.vendor.clone()).or_default().push(Change {
                    section,
                    what,
                    cause: cause.clone(),
                });
            }
        }
    }

    let name = |v: &VendorId| {
        data.vendor(v)
            .map(|r| r.name.clone())
            .or_else(|| {
                [new, old]
                    .iter()
                    .flat_map(|p| &p.summary.vendors)
                    .find(|s| &s.id == v)
                    .map(|s| s.name.clone())
            })
            .unwrap_or_else(|| v.to_string())
    };
    Diff {
        old_catalog: old.catalog.clone(),
        new_catalog: new.catalog.clone(),
        releases: releases
            .iter()
            .map(|r| ReleaseNote {
                version: r.version.clone(),
                date: r.date.clone(),
                note: r.note.clone(),
            })
            .collect(),
        answers,
        vendors: out
            .into_iter()
            .map(|(vendor, mut changes)| {
                changes.sort_by_key(|c| c.section);
                VendorChanges {
                    name: vendor
                        .as_ref()
                        .map_or_else(|| t!(data, "diff-organisation"), name),
                    vendor,
                    changes,
                }
            })
            .collect(),
    }
}

/// `a` is a later release than `b`, comparing the numbers of `2026.11.0` part by part.
fn newer(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(a) > parts(b)
}

/// The answers the visitor changed. An answer the current catalog can no longer take (its
/// vendor or question is gone) and the new plan lacks was dropped by the catalog, not by the
/// visitor, so it is not listed.
fn answer_changes(data: &Dataset, old: &Snapshot, new: &Snapshot) -> Vec<AnswerChange> {
    let (o, n) = (&old.answers.answers, &new.answers.answers);
    let keys: BTreeSet<&AnswerKey> = o.keys().chain(n.keys()).collect();
    let dropped = |k: &AnswerKey| {
        !n.contains_key(k)
            && (data.question(k.question.as_str()).is_none()
                || k.vendor.as_ref().is_some_and(|v| data.vendor(v).is_none()))
    };
    keys.into_iter()
        .filter(|k| o.get(*k) != n.get(*k) && !dropped(k))
        .map(|k| AnswerChange {
            key: k.clone(),
            old: o.get(k).cloned(),
            new: n.get(k).cloned(),
        })
        .collect()
}

/// One comparable thing of a plan: its value, and what it hangs on.
#[derive(Clone, Debug, PartialEq)]
struct Item {
    value: Value,
    vendor: Option<VendorId>,
    rule: Option<RuleId>,
    /// The answers it was built from.
    reads: BTreeSet<AnswerKey>,
    /// The vendor facts it was built from, by the names conditions use (`dpf`, `eu_region`).
    facts: BTreeSet<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Selected,
    Action {
        id: String,
        title: String,
        priority: Priority,
        due: String,
    },
    Cookie {
        name: String,
        purpose: CookiePurpose,
        duration: String,
    },
    Transfer {
        country: Option<CountryCode>,
        mechanism: TransferMechanism,
    },
    Dpf(String),
    EuRegion(String),
    Dpia(Met),
}

type Items = BTreeMap<String, Item>;
/// The items of one section of a plan.
type Project = fn(&Snapshot) -> Items;

fn reads(because: &[Reason]) -> BTreeSet<AnswerKey> {
    because
        .iter()
        .filter_map(|r| match r {
            Reason::Answer {
                question, vendor, ..
            }
            | Reason::Assumed {
                question, vendor, ..
            } => Some(AnswerKey {
                vendor: vendor.clone(),
                question: question.clone(),
            }),
            _ => None,
        })
        .collect()
}

fn facts(because: &[Reason]) -> BTreeSet<String> {
    because
        .iter()
        .filter_map(|r| match r {
            Reason::Fact { fact, .. } => Some(fact.clone()),
            _ => None,
        })
        .collect()
}

fn selection(p: &Snapshot) -> Items {
    p.answers
        .vendors
        .iter()
        .map(|v| {
            let item = Item {
                value: Value::Selected,
                vendor: Some(v.clone()),
                rule: None,
                reads: BTreeSet::new(),
                facts: BTreeSet::new(),
            };
            (v.to_string(), item)
        })
        .collect()
}

fn actions(p: &Snapshot) -> Items {
    p.actions
        .iter()
        .map(|a| {
            let mut reads = reads(&a.because);
            if let Some(key) = a.id.strip_prefix("find-out:") {
                // A find-out action is about one answer, which its id names.
                if let Ok(key) = serde_json::from_value(key.into()) {
                    reads.insert(key);
                }
            }
            let item = Item {
                value: Value::Action {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    priority: a.priority,
                    due: a.due.clone(),
                },
                vendor: a.vendor.clone(),
                rule: a.rule.clone(),
                reads,
                facts: facts(&a.because),
            };
            (a.id.clone(), item)
        })
        .collect()
}

fn cookies(p: &Snapshot) -> Items {
    p.cookies
        .iter()
        .map(|c| {
            let item = Item {
                value: Value::Cookie {
                    name: c.name.clone(),
                    purpose: c.purpose,
                    duration: c.duration.clone(),
                },
                vendor: Some(c.vendor.clone()),
                rule: None,
                reads: reads(&c.because),
                facts: facts(&c.because),
            };
            (format!("{}\u{0}{}", c.vendor, c.name), item)
        })
        .collect()
}

/// Transfer rows by vendor and country, and each vendor's DPF status and EU region as the
/// engine read them while assessing its transfers.
fn transfers(p: &Snapshot) -> Items {
    let mut out = Items::new();
    for t in &p.transfers {
        let item = |value| Item {
            value,
            vendor: Some(t.vendor.clone()),
            rule: None,
            reads: reads(&t.because),
            facts: facts(&t.because),
        };
        let country = t.country.as_ref().map_or("", |c| c.as_str());
        out.insert(
            format!("{}\u{0}{country}", t.vendor),
            item(Value::Transfer {
                country: t.country.clone(),
                mechanism: t.mechanism,
            }),
        );
        for r in &t.because {
            if let Reason::Fact { fact, value, .. } = r {
                let value = match fact.as_str() {
                    "dpf" => Value::Dpf(value.clone()),
                    "eu_region" => Value::EuRegion(value.clone()),
                    _ => continue,
                };
                out.insert(format!("{}\u{0}\u{1}{fact}", t.vendor), item(value));
            }
        }
    }
    out
}

fn dpia(p: &Snapshot) -> Items {
    p.dpia
        .vendors
        .iter()
        .map(|d| {
            let item = Item {
                value: Value::Dpia(d.required),
                vendor: Some(d.vendor.clone()),
                rule: None,
                reads: d
                    .criteria
                    .iter()
                    .flat_map(|c| reads(&c.because))
                    .chain(d.national_lists.iter().flat_map(|l| reads(&l.because)))
                    .collect(),
                facts: d.criteria.iter().flat_map(|c| facts(&c.because)).collect(),
            };
            (d.vendor.to_string(), item)
        })
        .collect()
}

/// The changes between two versions of one item (a vendor's new DPF status is one change, an
/// action whose priority and due date both changed is two).
fn describe(section: Section, a: Option<&Item>, b: Option<&Item>) -> Vec<What> {
    let (a, b) = (a.map(|i| &i.value), b.map(|i| &i.value));
    match (a, b) {
        (None, Some(Value::Selected)) => vec![What::VendorAdded],
        (Some(Value::Selected), None) => vec![What::VendorRemoved],
        (
            None,
            Some(Value::Action {
                id,
                title,
                priority,
                due,
            }),
        ) => vec![What::ActionNew {
            id: id.clone(),
            title: title.clone(),
            priority: *priority,
            due: due.clone(),
        }],
        (Some(Value::Action { id, title, .. }), None) => vec![What::ActionGone {
            id: id.clone(),
            title: title.clone(),
        }],
        (
            Some(Value::Action {
                priority: p0,
                due: d0,
                ..
            }),
            Some(Value::Action {
                id,
                title,
                priority: p1,
                due: d1,
            }),
        ) => {
            let mut out = Vec::new();
            if p0 != p1 {
                out.push(What::ActionPriority {
                    id: id.clone(),
                    title: title.clone(),
                    old: *p0,
                    new: *p1,
                });
            }
            if d0 != d1 {
                out.push(What::ActionDue {
                    id: id.clone(),
                    title: title.clone(),
                    old: d0.clone(),
                    new: d1.clone(),
                });
            }
            out
        }
        (
            None,
            Some(Value::Cookie {
                name,
                purpose,
                duration,
            }),
        ) => vec![What::CookieAdded {
            name: name.clone(),
            purpose: *purpose,
            duration: duration.clone(),
        }],
        (Some(Value::Cookie { name, .. }), None) => {
            vec![What::CookieRemoved { name: name.clone() }]
        }
        (
            Some(Value::Cookie {
                purpose: p0,
                duration: d0,
                ..
            }),
            Some(Value::Cookie {
                name,
                purpose: p1,
                duration: d1,
            }),
        ) => {
            let mut out = Vec::new();
            if p0 != p1 {
                out.push(What::CookiePurpose {
                    name: name.clone(),
                    old: *p0,
                    new: *p1,
                });
            }
            if d0 != d1 {
                out.push(What::CookieDuration {
                    name: name.clone(),
                    old: d0.clone(),
                    new: d1.clone(),
                });
            }
            out
        }
        (Some(Value::Transfer { country, mechanism }), None)
        | (None, Some(Value::Transfer { country, mechanism })) => vec![What::Transfer {
            country: country.clone(),
            old: a.is_some().then_some(*mechanism),
            new: b.is_some().then_some(*mechanism),
        }],
        (
            Some(Value::Transfer { mechanism: m0, .. }),
            Some(Value::Transfer {
                country,
                mechanism: m1,
            }),
        ) => vec![What::Transfer {
            country: country.clone(),
            old: Some(*m0),
            new: Some(*m1),
        }],
        (Some(Value::Dpf(_)), _) | (_, Some(Value::Dpf(_))) => {
            let word = |v: Option<&Value>| match v {
                Some(Value::Dpf(s)) => Some(s.clone()),
                _ => None,
            };
            vec![What::DpfStatus {
                old: word(a),
                new: word(b),
            }]
        }
        (Some(Value::EuRegion(_)), _) | (_, Some(Value::EuRegion(_))) => {
            let word = |v: Option<&Value>| match v {
                Some(Value::EuRegion(s)) => Some(s.clone()),
                _ => None,
            };
            vec![What::EuRegion {
                old: word(a),
                new: word(b),
            }]
        }
        (Some(Value::Dpia(_)), _) | (_, Some(Value::Dpia(_))) => {
            let met = |v: Option<&Value>| match v {
                Some(Value::Dpia(m)) => Some(*m),
                _ => None,
            };
            vec![What::DpiaResult {
                old: met(a),
                new: met(b),
            }]
        }
        _ => {
            debug_assert!(false, "{section:?}: items of one section have one kind");
            Vec::new()
        }
    }
}

struct Context<'a> {
    catalog_changed: bool,
    releases: &'a [&'a vendorplan_data::Release],
    changed: &'a BTreeSet<AnswerKey>,
    /// Vendors added to or removed from the selection.
    reselected: BTreeSet<VendorId>,
}

impl Context<'_> {
    /// `pivot`: the item in the plan of the old answers under the current catalog, when that
    /// plan could be made (`Some(None)`: it has no such item).
    fn cause(
        &self,
        section: Section,
        item: &Item,
        old: Option<&Item>,
        pivot: Option<Option<&Item>>,
        new: Option<&Item>,
    ) -> Cause {
        let value = |i: Option<&Item>| i.map(|i| i.value.clone());
        let notes_where = |hit: &dyn Fn(&vendorplan_data::Change) -> bool| -> Vec<ChangeNote> {
            self.releases
                .iter()
                .flat_map(|r| {
                    r.changes.iter().filter(|c| hit(c)).map(|c| ChangeNote {
                        version: r.version.clone(),
                        note: c.note.clone(),
                    })
                })
                .collect()
        };
        // An action's own rule explains it best; without a note on the rule, the vendor's
        // record changed (a new DPF status brings a transfer assessment).
        let mut notes = notes_where(&|c| c.rule.is_some() && c.rule == item.rule);
        if notes.is_empty() {
            notes = notes_where(&|c| c.vendor.is_some() && c.vendor == item.vendor);
        }
        let read: BTreeSet<&AnswerKey> = [old, new]
            .into_iter()
            .flatten()
            .chain(pivot.flatten())
            .flat_map(|i| &i.reads)
            .collect();
        let mut changed: Vec<AnswerKey> = self
            .changed
            .iter()
            .filter(|k| read.contains(k))
            .cloned()
            .collect();
        let reselected = item
            .vendor
            .as_ref()
            .is_some_and(|v| self.reselected.contains(v));
        let (catalog, answers) = match pivot {
            Some(pivot) => (value(old) != value(pivot), value(pivot) != value(new)),
            None => {
                // Without the pivot plan: changed answers the item rests on explain it; the
                // catalog does too when a note names its rule or the facts of its section.
                let answers = !changed.is_empty() || reselected;
                let named = notes_where(&|c| {
                    (c.rule.is_some() && c.rule == item.rule)
                        || (c.vendor.is_some()
                            && c.vendor == item.vendor
                            && (c.facts.is_empty()
                                || c.facts.iter().any(|f| touches(section, &item.facts, f))))
                });
                (
                    self.catalog_changed && (!answers || !named.is_empty()),
                    answers || !self.catalog_changed,
                )
            }
        };
        if answers && changed.is_empty() && !reselected {
            // The item rests on the answers only indirectly (through the GDPR's reach, say):
            // name the changes that concern the organisation or this vendor.
            changed = self
                .changed
                .iter()
                .filter(|k| k.vendor.is_none() || k.vendor == item.vendor)
                .cloned()
                .collect();
        }
        Cause {
            catalog,
            notes: if catalog { notes } else { Vec::new() },
            answers,
            changed: if answers { changed } else { Vec::new() },
        }
    }
}

/// Whether a change of the record's field `fact` (`transfers.dpf`) bears on an item of a
/// section that read the vendor facts `read` (named as conditions name them: `dpf`).
fn touches(section: Section, read: &BTreeSet<String>, fact: &str) -> bool {
    let group = fact.split('.').next().unwrap_or_default();
    let last = fact.rsplit('.').next().unwrap_or_default();
    match section {
        Section::Selection => false,
        Section::Actions => read.contains(last) || read.contains(group),
        Section::Cookies => group == "cookies",
        Section::Transfers => matches!(group, "transfers" | "hosting" | "country"),
        Section::Dpia => matches!(group, "dpia" | "purposes" | "categories"),
    }
}

// ---------------------------------------------------------------------------------------------
// In words.

fn question_text(data: &Dataset, q: &QuestionId) -> String {
    data.question(q.as_str())
        .map_or_else(|| q.to_string(), |q| q.text.clone())
}

/// The question of an answer, with the vendor's name for a vendor question.
pub fn answer_question(data: &Dataset, key: &AnswerKey) -> String {
    let question = question_text(data, &key.question);
    match &key.vendor {
        Some(v) => {
            let name = data
                .vendor(v)
                .map_or_else(|| v.to_string(), |r| r.name.clone());
            question.replace("{vendor}", &name)
        }
        None => question,
    }
}

fn answer_word(data: &Dataset, key: &AnswerKey, answer: Option<&Answer>) -> String {
    answer.map_or_else(
        || t!(data, "diff-not-answered"),
        |a| explain::answer_label(data, key.question.as_str(), a),
    )
}

/// "Question: old → new".
pub fn describe_answer(data: &Dataset, a: &AnswerChange) -> String {
    t!(
        data,
        "diff-answer",
        question = answer_question(data, &a.key),
        old = answer_word(data, &a.key, a.old.as_ref()),
        new = answer_word(data, &a.key, a.new.as_ref())
    )
}

fn word<T>(value: &str, labels: &BTreeMap<T, String>) -> String
where
    T: std::str::FromStr + Ord + Copy + Into<&'static str>,
{
    value
        .parse::<T>()
        .map_or_else(|_| value.to_owned(), |v| label(labels, &v).to_owned())
}

fn or_none(data: &Dataset, value: Option<String>) -> String {
    value.unwrap_or_else(|| t!(data, "diff-none"))
}

/// One change in a sentence.
pub fn describe_change(data: &Dataset, what: &What) -> String {
    let v = &data.vocabulary;
    match what {
        What::VendorAdded => t!(data, "diff-vendor-added"),
        What::VendorRemoved => t!(data, "diff-vendor-removed"),
        What::ActionNew {
            title,
            priority,
            due,
            ..
        } => t!(
            data,
            "diff-action-new",
            title = title.as_str(),
            priority = label(&v.priority, priority),
            due = due.as_str()
        ),
        What::ActionGone { title, .. } => t!(data, "diff-action-gone", title = title.as_str()),
        What::ActionPriority {
            title, old, new, ..
        } => t!(
            data,
            "diff-action-priority",
            title = title.as_str(),
            old = label(&v.priority, old),
            new = label(&v.priority, new)
        ),
        What::ActionDue {
            title, old, new, ..
        } => t!(
            data,
            "diff-action-due",
            title = title.as_str(),
            old = old.as_str(),
            new = new.as_str()
        ),
        What::CookieAdded {
            name,
            purpose,
            duration,
        } => t!(
            data,
            "diff-cookie-added",
            name = name.as_str(),
            purpose = label(&v.cookie_purpose, purpose),
            duration = duration.as_str()
        ),
        What::CookieRemoved { name } => t!(data, "diff-cookie-removed", name = name.as_str()),
        What::CookiePurpose { name, old, new } => t!(
            data,
            "diff-cookie-purpose",
            name = name.as_str(),
            old = label(&v.cookie_purpose, old),
            new = label(&v.cookie_purpose, new)
        ),
        What::CookieDuration { name, old, new } => t!(
            data,
            "diff-cookie-duration",
            name = name.as_str(),
            old = old.as_str(),
            new = new.as_str()
        ),
        What::Transfer { country, old, new } => {
            let mechanism = |m: &Option<TransferMechanism>| {
                m.map(|m| label(&v.transfer_mechanism, &m).to_owned())
            };
            let country = country.as_ref().map_or_else(
                || t!(data, "diff-no-third-country"),
                |c| {
                    data.country(c.as_str())
                        .map_or_else(|| c.to_string(), |c| c.name.clone())
                },
            );
            t!(
                data,
                "diff-transfer",
                country = country,
                old = or_none(data, mechanism(old)),
                new = or_none(data, mechanism(new))
            )
        }
        What::DpfStatus { old, new } => {
            let w = |s: &Option<String>| s.as_deref().map(|s| word::<DpfStatus>(s, &v.dpf_status));
            t!(
                data,
                "diff-dpf",
                old = or_none(data, w(old)),
                new = or_none(data, w(new))
            )
        }
        What::EuRegion { old, new } => {
            let w = |s: &Option<String>| s.as_deref().map(|s| word::<EuRegion>(s, &v.eu_region));
            t!(
                data,
                "diff-eu-region",
                old = or_none(data, w(old)),
                new = or_none(data, w(new))
            )
        }
        What::DpiaResult { old, new } => {
            let w = |m: &Option<Met>| m.map(|m| explain::met(data, m));
            t!(
                data,
                "diff-dpia",
                old = or_none(data, w(old)),
                new = or_none(data, w(new))
            )
        }
    }
}

/// Why, in a sentence: the catalog (with its notes), the answers (naming them), or both.
pub fn describe_cause(data: &Dataset, cause: &Cause) -> String {
    let mut parts = Vec::new();
    if cause.catalog {
        parts.push(if cause.notes.is_empty() {
            t!(data, "diff-cause-catalog")
        } else {
            let notes: Vec<String> = cause
                .notes
                .iter()
                .map(|n| {
                    t!(
                        data,
                        "diff-cause-note",
                        version = n.version.as_str(),
                        note = n.note.as_str()
                    )
                })
                .collect();
            t!(data, "diff-cause-catalog-notes", notes = notes.join(" "))
        });
    }
    if cause.answers {
        parts.push(if cause.changed.is_empty() {
            t!(data, "diff-cause-selection")
        } else {
            let questions: Vec<String> = cause
                .changed
                .iter()
                .map(|k| answer_question(data, k))
                .collect();
            t!(
                data,
                "diff-cause-answers",
                count = questions.len(),
                questions = questions.join("; ")
            )
        });
    }
    parts.join(" ")
}

/// The whole comparison as text: a heading per vendor, one line per change with its cause, the
/// releases in between and the answers that changed. What `vendorplan diff` prints.
pub fn report(data: &Dataset, d: &Diff) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(t!(
        data,
        "diff-heading",
        old = d.old_catalog.version.as_str(),
        new = d.new_catalog.version.as_str()
    ));
    if !d.releases.is_empty() {
        line(String::new());
        line(t!(data, "diff-releases"));
        for r in &d.releases {
            line(format!("  {} ({}): {}", r.version, r.date, r.note));
        }
    }
    if !d.answers.is_empty() {
        line(String::new());
        line(t!(data, "diff-answers", count = d.answers.len()));
        for a in &d.answers {
            line(format!("  - {}", describe_answer(data, a)));
        }
    }
    if d.vendors.is_empty() {
        line(String::new());
        line(t!(data, "diff-nothing"));
    }
    for v in &d.vendors {
        line(String::new());
        line(v.name.clone());
        for c in &v.changes {
            line(format!(
                "  [{}] {}",
                section_label(data, c.section),
                describe_change(data, &c.what)
            ));
            line(format!("      {}", describe_cause(data, &c.cause)));
        }
    }
    out
}

pub fn section_label(data: &Dataset, s: Section) -> String {
    match s {
        Section::Selection => t!(data, "diff-section-selection"),
        Section::Actions => t!(data, "diff-section-actions"),
        Section::Cookies => t!(data, "diff-section-cookies"),
        Section::Transfers => t!(data, "diff-section-transfers"),
        Section::Dpia => t!(data, "diff-section-dpia"),
    }
}

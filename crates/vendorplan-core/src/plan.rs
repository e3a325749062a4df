//! The plan: the public, versioned file a visitor downloads and can import again
//! (`docs/plan.schema.json`). Every exporter reads only this.

use serde::{Deserialize, Serialize};
use vendorplan_data::{
    CatalogInfo, CountryCode, Owner, Priority, QuestionId, RefId, Reference, RuleId,
    TransferMechanism, VendorId,
};

use crate::answers::{Answer, AnswersFile};

pub const PLAN_FORMAT: &str = "vendorplan-plan";
pub const PLAN_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub format: String,
    pub version: u32,
    pub catalog: CatalogInfo,
    pub answers: AnswersFile,
    pub summary: Summary,
    /// Ordered by priority, then by the order of the rules, then by vendor.
    pub actions: Vec<Action>,
    pub transfers: Vec<Transfer>,
    /// Every provision cited by an action, once, in the order of `data/references.toml`.
    pub references: Vec<Reference>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub vendors: Vec<VendorSummary>,
    pub actions: PriorityCounts,
    /// Actions that rest on an unanswered question or an "I don't know".
    pub assumed: usize,
    /// Questions that apply to this selection and have no answer yet.
    pub unanswered: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VendorSummary {
    pub id: VendorId,
    pub name: String,
    pub actions: PriorityCounts,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorityCounts {
    pub high: usize,
    pub medium: usize,
    pub low: usize,
}

impl PriorityCounts {
    pub fn add(&mut self, p: Priority) {
        match p {
            Priority::High => self.high += 1,
            Priority::Medium => self.medium += 1,
            Priority::Low => self.low += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.high + self.medium + self.low
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// `<rule>` or `<rule>:<vendor>`; `find-out:<answer key>` for an "I don't know".
    pub id: String,
    pub rule: Option<RuleId>,
    pub title: String,
    pub what: String,
    pub vendor: Option<VendorId>,
    pub owner: Owner,
    pub priority: Priority,
    pub references: Vec<RefId>,
    /// The answers and facts that made the rule apply, computed while it was evaluated.
    pub because: Vec<Reason>,
    /// The rule applies only under an assumption: an unanswered question or "I don't know".
    pub assumed: bool,
    /// Facts from the vendor's record that help to do the action.
    pub details: Vec<Detail>,
}

/// Why an action is in the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Reason {
    /// The vendor is in the selection.
    Selected { vendor: VendorId },
    /// The visitor's answer.
    Answer {
        question: QuestionId,
        vendor: Option<VendorId>,
        value: Answer,
    },
    /// No usable answer: the cautious side was assumed. `unknown` tells "I don't know" from
    /// not answered yet.
    Assumed {
        question: QuestionId,
        vendor: Option<VendorId>,
        unknown: bool,
    },
    /// A fact of the vendor's record (or derived from it), as the rule read it.
    Fact {
        vendor: VendorId,
        fact: String,
        value: String,
    },
    /// For a find-out action: an action that rests on this answer.
    Affects { action: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Detail {
    pub label: String,
    pub text: String,
    pub link: Option<String>,
}

/// One vendor's path out of the EEA for this customer (GDPR Chapter V).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub vendor: VendorId,
    /// The region holding the data, as the record describes it.
    pub stored_in: String,
    /// Third countries the data reaches, each with its mechanism.
    pub destinations: Vec<Destination>,
    /// The weakest mechanism across destinations; `none` when the data stays in the EEA.
    pub mechanism: TransferMechanism,
    pub tia_required: bool,
    /// Choosing the vendor's EU region would end the transfer of stored data.
    pub eu_region_removes: bool,
    /// The result rests on an assumption (region or onward access unknown).
    pub assumed: bool,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    pub country: CountryCode,
    pub mechanism: TransferMechanism,
}

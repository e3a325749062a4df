//! The plan: the public, versioned file a visitor downloads and can import again
//! (`docs/plan.schema.json`). Every exporter reads only this.

use serde::{Deserialize, Serialize};
use vendorplan_data::{
    CatalogInfo, Certification, ControlKind, CookiePurpose, CountryCode, DataCategory, DataSubject,
    Deployment, DpiaCriterion, EuRegion, LawfulBasis, Nis2Relevance, Owner, Priority, QuestionId,
    RefId, Reference, Role, RuleId, SetOn, TransferMechanism, Tri, VendorId,
};

use crate::answers::{Answer, AnswersFile};

pub const PLAN_FORMAT: &str = "vendorplan-plan";
pub const PLAN_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub format: String,
    pub version: u32,
    pub catalog: CatalogInfo,
    /// The day the file was made (YYYY-MM-DD), set when it is exported; not part of the plan's
    /// content, so building a plan stays a pure function of the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made: Option<String>,
    pub answers: AnswersFile,
    pub summary: Summary,
    /// Ordered by priority, then by the order of the rules, then by vendor.
    pub actions: Vec<Action>,
    /// Art. 30(1): one row per vendor and purpose.
    pub records_of_processing: Vec<RecordOfProcessing>,
    /// Whether the Art. 30(5) exemption for organisations under 250 people applies.
    pub art30_exemption: Art30Exemption,
    /// Art. 28: the vendors that process data on the customer's behalf.
    pub processors: Vec<Processor>,
    pub transfers: Vec<Transfer>,
    pub dpia: Dpia,
    pub cookies: Vec<CookieRow>,
    pub notices: Vec<Notice>,
    pub security: Vec<SecurityCheck>,
    /// Catalog alternatives for vendors whose risk is high.
    pub alternatives: Vec<Alternatives>,
    /// Every provision cited by an action, once, in the order of `data/references.toml`.
    pub references: Vec<Reference>,
}

/// How far a criterion or requirement is met: `maybe` when it depends on an unknown answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Met {
    Yes,
    No,
    Maybe,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RecordOfProcessing {
    pub vendor: VendorId,
    pub purpose: String,
    /// (b) the purpose of the processing.
    pub name: String,
    pub role: Role,
    pub lawful_bases: Vec<LawfulBasis>,
    /// (c) categories of data subjects and of personal data.
    pub data_subjects: Vec<DataSubject>,
    pub personal_data: Vec<DataCategory>,
    pub special_category: Met,
    /// (d) recipients: the vendor's company, and where its sub-processors are listed.
    pub recipient: String,
    pub sub_processors: Option<String>,
    /// (e) third countries and safeguards.
    pub transfer_countries: Vec<CountryCode>,
    pub transfer_mechanism: TransferMechanism,
    /// (f) time limits for erasure, as the vendor keeps them; your own policy comes first.
    pub retention: String,
    /// (g) technical and organisational measures: the vendor's certifications and the controls
    /// it offers.
    pub certifications: Vec<Certification>,
    pub controls: Vec<ControlKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Art30Exemption {
    pub applies: bool,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub vendor: VendorId,
    pub company: String,
    pub country: CountryCode,
    pub purposes: Vec<String>,
    pub dpa: Option<String>,
    pub dpa_how: String,
    /// The visitor's answer on the DPA: yes, no, unknown, or not answered (`None`).
    pub dpa_signed: Option<Tri>,
    pub sub_processors: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// A DPIA is required (or may be, see `assumed`) for at least one vendor.
    pub required: bool,
    pub assumed: bool,
    /// Per WP248 criterion: met by any vendor's processing.
    pub criteria: Vec<DpiaCriterionResult>,
    pub vendors: Vec<VendorDpia>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VendorDpia {
    pub vendor: VendorId,
    pub required: Met,
    /// Criteria met for certain.
    pub criteria_met: usize,
    pub criteria: Vec<DpiaCriterionResult>,
    /// Entries of a national Art. 35(4) list that apply or may apply.
    pub national_lists: Vec<NationalListResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DpiaCriterionResult {
    pub id: DpiaCriterion,
    pub met: Met,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NationalListResult {
    pub id: String,
    pub country: CountryCode,
    pub reference: RefId,
    pub item: String,
    pub met: Met,
    pub because: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CookieRow {
    pub name: String,
    pub vendor: VendorId,
    pub domain: String,
    pub purpose: CookiePurpose,
    pub duration: String,
    pub set_on: SetOn,
    pub consent_required: Met,
    pub because: Vec<Reason>,
    pub references: Vec<RefId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub vendor: VendorId,
    pub audience: NoticeAudience,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum NoticeAudience {
    /// Visitors, customers, prospects, end users: the public privacy notice.
    Privacy,
    /// Employees and contractors: the employee privacy notice.
    Employee,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SecurityCheck {
    pub vendor: VendorId,
    pub nis2: Nis2Relevance,
    pub vdp: Option<String>,
    pub bug_bounty: Tri,
    pub response_time: Option<String>,
    pub certifications: Vec<Certification>,
    pub trust_center: Option<String>,
    pub security_txt: Tri,
    pub controls: Vec<ControlKind>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Alternatives {
    pub vendor: VendorId,
    pub options: Vec<AlternativeOption>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AlternativeOption {
    pub id: VendorId,
    pub name: String,
    pub country: CountryCode,
    pub deployment: Deployment,
    pub eu_region: EuRegion,
}

/// A vendor's risk: the highest priority among its actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    High,
    Medium,
    Low,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VendorSummary {
    pub id: VendorId,
    pub name: String,
    pub actions: PriorityCounts,
    pub risk: Risk,
    /// The actions at the vendor's risk level, which are why it has that level.
    pub why: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// When to do it, in words.
    pub due: String,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Detail {
    pub label: String,
    pub text: String,
    pub link: Option<String>,
}

/// One row of the transfer register: a vendor and one destination country (GDPR Chapter V).
/// A vendor whose data stays in the EEA has one row with no country and mechanism `none`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub vendor: VendorId,
    pub country: Option<CountryCode>,
    pub mechanism: TransferMechanism,
    pub tia_required: bool,
    /// The region holding the data, as the record describes it.
    pub stored_in: String,
    /// Choosing the vendor's EU region would end this transfer.
    pub eu_region_removes: bool,
    /// The result rests on an assumption (region or onward access unknown).
    pub assumed: bool,
    pub because: Vec<Reason>,
}

/// One vendor's path out of the EEA for this customer, as the engine assesses it.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferAssessment {
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

impl TransferAssessment {
    /// The register rows: one per destination, or one without a country.
    pub fn rows(&self) -> Vec<Transfer> {
        let row = |country: Option<CountryCode>, mechanism: TransferMechanism| Transfer {
            vendor: self.vendor.clone(),
            country,
            mechanism,
            tia_required: mechanism == TransferMechanism::Scc,
            stored_in: self.stored_in.clone(),
            eu_region_removes: self.eu_region_removes,
            assumed: self.assumed,
            because: self.because.clone(),
        };
        if self.destinations.is_empty() {
            return vec![row(None, TransferMechanism::None)];
        }
        self.destinations
            .iter()
            .map(|d| row(Some(d.country.clone()), d.mechanism))
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    pub country: CountryCode,
    pub mechanism: TransferMechanism,
}

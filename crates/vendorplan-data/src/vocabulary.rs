//! `data/vocabulary.toml`: the words shown for each value of the closed vocabularies.
//!
//! Kept as data so that wording (and later, translation) is reviewed with the other texts and
//! never written in Rust. The validator checks that every value has a label.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::condition::Fact;
use crate::model::*;

/// Labels per vocabulary, keyed by value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub category: BTreeMap<Category, String>,
    pub data_subject: BTreeMap<DataSubject, String>,
    pub data_category: BTreeMap<DataCategory, String>,
    pub role: BTreeMap<Role, String>,
    pub lawful_basis: BTreeMap<LawfulBasis, String>,
    pub eu_region: BTreeMap<EuRegion, String>,
    pub dpf_status: BTreeMap<DpfStatus, String>,
    pub transfer_mechanism: BTreeMap<TransferMechanism, String>,
    pub deployment: BTreeMap<Deployment, String>,
    pub cookie_purpose: BTreeMap<CookiePurpose, String>,
    pub set_on: BTreeMap<SetOn, String>,
    pub nis2_relevance: BTreeMap<Nis2Relevance, String>,
    pub control_kind: BTreeMap<ControlKind, String>,
    pub certification: BTreeMap<Certification, String>,
    pub dpia_criterion: BTreeMap<DpiaCriterion, String>,
    pub owner: BTreeMap<Owner, String>,
    pub priority: BTreeMap<Priority, String>,
    pub tri: BTreeMap<Tri, String>,
    pub vendor_facts: BTreeMap<VendorFacts, String>,
    /// How a vendor fact is named when a plan explains itself.
    pub fact: BTreeMap<Fact, String>,
}

/// The label of `value` in `labels`; the value's own name if a label is missing, which the
/// validator prevents for the embedded data.
pub fn label<'a, T: Ord + Copy + Into<&'static str>>(
    labels: &'a BTreeMap<T, String>,
    value: &T,
) -> &'a str {
    labels.get(value).map_or((*value).into(), String::as_str)
}

/// Visits every label with its table's name (as in `vocabulary.toml`) and its value's name: the
/// keys of the translation files.
pub fn visit_labels(v: &mut Vocabulary, f: &mut dyn FnMut(&str, &str, &mut String)) {
    fn table<T: Copy + Into<&'static str>>(
        name: &str,
        labels: &mut BTreeMap<T, String>,
        f: &mut dyn FnMut(&str, &str, &mut String),
    ) {
        for (value, label) in labels.iter_mut() {
            f(name, (*value).into(), label);
        }
    }
    table("category", &mut v.category, f);
    table("data_subject", &mut v.data_subject, f);
    table("data_category", &mut v.data_category, f);
    table("role", &mut v.role, f);
    table("lawful_basis", &mut v.lawful_basis, f);
    table("eu_region", &mut v.eu_region, f);
    table("dpf_status", &mut v.dpf_status, f);
    table("transfer_mechanism", &mut v.transfer_mechanism, f);
    table("deployment", &mut v.deployment, f);
    table("cookie_purpose", &mut v.cookie_purpose, f);
    table("set_on", &mut v.set_on, f);
    table("nis2_relevance", &mut v.nis2_relevance, f);
    table("control_kind", &mut v.control_kind, f);
    table("certification", &mut v.certification, f);
    table("dpia_criterion", &mut v.dpia_criterion, f);
    table("owner", &mut v.owner, f);
    table("priority", &mut v.priority, f);
    table("tri", &mut v.tri, f);
    table("vendor_facts", &mut v.vendor_facts, f);
    table("fact", &mut v.fact, f);
}

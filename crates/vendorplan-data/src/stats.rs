//! Coverage of the catalog: how many vendors per category, how many facts carry a source, and
//! how many are still unknown. `vendorplan vendors --stats` prints it; the release notes cite it.

use std::collections::BTreeMap;

use serde::Serialize;
use strum::IntoEnumIterator;

use crate::model::*;
use crate::Dataset;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Coverage {
    pub vendors: usize,
    /// Vendors per category; a vendor with several categories counts in each.
    pub per_category: BTreeMap<String, usize>,
    pub self_hosted: usize,
    /// Facts counted: the sourced fact groups of every record, every cookie and every domain.
    pub facts: usize,
    /// Of those, how many a source supports (a record source or an open-dataset row).
    pub sourced: usize,
    pub cookies_curated: usize,
    pub cookies_open_data: usize,
    pub domains: usize,
    /// Facts a record states as `unknown`: they lead the rules to conservative actions.
    pub unknown: BTreeMap<String, usize>,
    /// The oldest review date in the catalog.
    pub oldest_review: Option<String>,
}

impl Coverage {
    pub fn sourced_share(&self) -> f64 {
        if self.facts == 0 {
            0.0
        } else {
            self.sourced as f64 / self.facts as f64
        }
    }
}

pub fn coverage(data: &Dataset) -> Coverage {
    let mut c = Coverage {
        vendors: data.vendors.len(),
        per_category: Category::iter().map(|k| (k.to_string(), 0)).collect(),
        ..Coverage::default()
    };
    for v in &data.vendors {
        for k in &v.categories {
            *c.per_category.entry(k.to_string()).or_default() += 1;
        }
        if v.deployment == Deployment::SelfHosted {
            c.self_hosted += 1;
        }
        let supported = |fact: &str| {
            v.sources
                .iter()
                .any(|s| s.supports.iter().any(|f| f == fact))
        };
        for fact in SOURCED_FACTS {
            if v.states(fact) {
                c.facts += 1;
                c.sourced += usize::from(supported(fact));
            }
        }
        for k in &v.cookies {
            c.facts += 1;
            if k.from_open_data() {
                c.cookies_open_data += 1;
                c.sourced += 1;
            } else {
                c.cookies_curated += 1;
                c.sourced += usize::from(v.sources.iter().any(|s| s.id == k.source));
            }
        }
        // A domain is either the record's own, supported by its `domains` source, or imported
        // from third-party-web; the validator allows no other kind.
        c.domains += v.domains.len();
        c.facts += v.domains.len();
        c.sourced += v.domains.len();

        let mut unknown = |what: &str, is: bool| {
            if is {
                *c.unknown.entry(what.to_owned()).or_default() += 1;
            }
        };
        unknown("dpf", v.transfers.dpf == DpfStatus::Unknown);
        unknown("scc", v.transfers.scc == Tri::Unknown);
        unknown("eu_region", v.hosting.eu_region == EuRegion::Unknown);
        unknown(
            "onward_with_eu_region",
            v.transfers.onward_with_eu_region == Tri::Unknown,
        );
        unknown(
            "retention.configurable",
            v.retention.configurable == Tri::Unknown,
        );
        unknown("security.bug_bounty", v.security.bug_bounty == Tri::Unknown);
        unknown(
            "security.security_txt",
            v.security.security_txt == Tri::Unknown,
        );
        unknown(
            "dpa_not_public",
            v.documents.dpa.is_none() && v.deployment != Deployment::SelfHosted,
        );

        if c.oldest_review.as_ref().is_none_or(|o| &v.reviewed < o) {
            c.oldest_review = Some(v.reviewed.clone());
        }
    }
    c
}

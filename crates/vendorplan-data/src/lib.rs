//! Vendorplan's data: the schema of the files under `data/`, the condition language of rules and
//! questions, and (with the `load` feature) the loader that reads and validates a data folder.
//!
//! **Architecture invariant:** nothing here knows about the browser, the clock or the network.
//! The browser receives a [`Dataset`] that was validated at build time and embedded as JSON.

pub mod condition;
pub mod i18n;
pub mod model;
pub mod stats;
pub mod vocabulary;

#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod translations;
#[cfg(feature = "load")]
mod validate;

use serde::{Deserialize, Serialize};

pub use model::*;
pub use vocabulary::Vocabulary;

/// Everything under `data/`, validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub catalog: CatalogInfo,
    /// Sorted by id.
    pub vendors: Vec<Vendor>,
    /// In the order they are asked.
    pub questions: Vec<Question>,
    /// In file order, which is the order of actions of equal priority in a plan.
    pub rules: Vec<Rule>,
    pub references: Vec<Reference>,
    pub countries: Vec<Country>,
    pub vocabulary: Vocabulary,
    pub dpia: DpiaScreening,
    pub notices: NoticeTemplates,
    /// `data/changelog.toml`: the catalog releases, oldest first.
    pub changelog: Changelog,
    /// When the GDPR applies to the organisation (Art. 3); rules need it to hold or maybe hold.
    pub gdpr_applies: condition::Condition,
    /// The language of the texts: `en` as loaded, another after [`Dataset::localise`].
    pub lang: String,
    /// The interface and report messages of that language (`i18n/<lang>/*.ftl`).
    pub messages: i18n::Messages,
}

impl Dataset {
    pub fn vendor(&self, id: &VendorId) -> Option<&Vendor> {
        self.vendors
            .binary_search_by(|v| v.id.cmp(id))
            .ok()
            .map(|i| &self.vendors[i])
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id.as_str() == id)
    }

    pub fn reference(&self, id: &RefId) -> Option<&Reference> {
        self.references.iter().find(|r| &r.id == id)
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code.as_str() == code)
    }

    /// Whether a country belongs to a group; unknown codes belong to none.
    pub fn in_group(&self, code: &str, group: CountryGroup) -> bool {
        self.country(code)
            .is_some_and(|c| c.groups.contains(&group))
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id.as_str() == id)
    }
}

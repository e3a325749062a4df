//! The shape of every data file under `data/`.
//!
//! These types are parsed strictly (`deny_unknown_fields`, closed vocabularies) from TOML by the
//! loader at build time, then embedded as JSON and read back in the browser. Facts that may be
//! unknown say so with [`Tri::Unknown`] or an `unknown` variant: a record never guesses.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, EnumIter, EnumString, IntoStaticStr};

use crate::condition::Condition;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_type!(
    /// A catalog record's id, equal to its file name without `.toml`.
    VendorId
);
id_type!(
    /// A question's id, as used in conditions and in the answers file.
    QuestionId
);
id_type!(
    /// A rule's id; also the id of the actions the rule produces.
    RuleId
);
id_type!(
    /// An entry of `data/references.toml`.
    RefId
);
id_type!(
    /// An ISO 3166-1 alpha-2 code listed in `data/countries.toml`.
    CountryCode
);

/// Declares a closed vocabulary: kebab-case in files, with `ALL` order for iteration and labels.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
            EnumIter, EnumString, AsRefStr, IntoStaticStr,
        )]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_ref())
            }
        }
    };
}

vocabulary!(
    /// A fact that may not be known. `unknown` leads the rules to the conservative side.
    Tri { Yes, No, Unknown }
);

vocabulary!(
    /// What kind of service a vendor offers; a record may have several.
    Category {
        IdentityAccess, DeviceManagement, Productivity, Communication, EmailMarketing, Crm,
        CustomerSupport, Analytics, Advertising, TagManagement, ConsentManagement, Payments,
        Ecommerce, Hosting, Cdn, Dns, CloudInfrastructure, Monitoring, Hr, Recruiting, Accounting,
        ProjectManagement, FileStorage, ESignature, FormsSurveys, EmbeddedMedia, Maps, Fonts,
        Captcha, Ai, Development, Security,
    }
);

vocabulary!(
    /// Whose personal data a purpose touches (GDPR Art. 30(1)(c)).
    DataSubject {
        WebsiteVisitors, Customers, Prospects, Employees, Contractors, Applicants, EndUsers,
    }
);

vocabulary!(
    /// Categories of personal data (GDPR Art. 30(1)(c)).
    DataCategory {
        Identity, Contact, Employment, Credentials, AuthenticationFactors, Device,
        OnlineIdentifiers, Location, Usage, AuditLogs, CommunicationsContent, Financial,
        PaymentCard, SpecialCategory,
    }
);

vocabulary!(
    /// The vendor's GDPR role for one purpose (EDPB Guidelines 07/2020).
    Role {
        Processor, Controller, JointController,
        /// Self-hosted software: the vendor receives no personal data.
        None,
    }
);

vocabulary!(
    /// GDPR Art. 6(1) bases, by their letter's meaning.
    LawfulBasis { Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests }
);

vocabulary!(
    /// Whether the customer can keep the data in the EU/EEA.
    EuRegion {
        /// The default region is in the EU/EEA.
        Default,
        /// An EU/EEA region exists but must be chosen.
        Available,
        NotAvailable,
        Unknown,
    }
);

vocabulary!(
    /// Certification under the EU-US Data Privacy Framework (Commission Decision (EU) 2023/1795).
    DpfStatus { Certified, NotCertified, NotApplicable, Unknown }
);

vocabulary!(
    /// How a service is deployed.
    Deployment { Saas, SelfHosted, Both }
);

vocabulary!(
    /// The purpose of a cookie or storage key; only `strictly-necessary` is exempt from consent
    /// under ePrivacy Art. 5(3).
    CookiePurpose { StrictlyNecessary, Functional, Analytics, Marketing }
);

vocabulary!(
    /// Whose browser a cookie lands on.
    SetOn {
        /// Visitors of the customer's website or app.
        Visitors,
        /// The customer's own staff or admins, e.g. when they sign in to the vendor's console.
        Staff,
    }
);

vocabulary!(
    /// How much a customer's operations depend on the vendor (NIS2 Art. 21(2)(d)).
    Nis2Relevance { Critical, Important, Low }
);

vocabulary!(
    /// Controls a customer can configure in the vendor's product.
    ControlKind {
        AdminMfa, UserMfa, Sso, IpAllowlist, LogExport, LeastPrivilege, RetentionConfig,
        CustomerManagedKeys, SessionTimeout,
    }
);

vocabulary!(
    /// Security attestations a vendor holds.
    Certification {
        Iso27001, Iso27017, Iso27018, Iso27701, Soc2Type2, Soc3, CsaStar, BsiC5, PciDss, Hds,
    }
);

vocabulary!(
    /// The nine criteria of WP248 rev.01 (endorsed by the EDPB) for deciding whether a DPIA is needed.
    DpiaCriterion {
        EvaluationScoring, AutomatedDecisions, SystematicMonitoring, SensitiveData, LargeScale,
        MatchingDatasets, VulnerableSubjects, InnovativeTechnology, PreventsRights,
    }
);

vocabulary!(
    /// How personal data reaches a third country for one customer (GDPR Chapter V), derived by the
    /// engine from the vendor's facts and the customer's region answer.
    TransferMechanism {
        /// The data stays in the EU/EEA.
        None,
        /// The destination has an adequacy decision (Art. 45).
        Adequacy,
        /// The importer is certified under the EU-US Data Privacy Framework (Art. 45).
        Dpf,
        /// Standard Contractual Clauses (Art. 46(2)(c)); a transfer impact assessment is due.
        Scc,
        /// No safeguard is known: the transfer needs one before it may happen.
        NoMechanism,
    }
);

vocabulary!(
    /// Who in the customer's organisation carries out an action.
    Owner { Management, It, Hr, Dpo, Marketing }
);

vocabulary!(
    /// How urgent an action is. Declared from most to least urgent, so `Ord` sorts by urgency.
    Priority { High, Medium, Low }
);

vocabulary!(
    /// Whether a question is asked once or once per selected vendor.
    Scope { Organisation, Vendor }
);

vocabulary!(
    /// How a question is answered.
    QuestionKind { YesNo, Choice, MultiChoice, Country, Number }
);

/// `data/catalog.toml`: the catalog's version, cited in every plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogInfo {
    pub version: String,
    /// The date of this catalog version (YYYY-MM-DD); no record is reviewed after it.
    pub date: String,
}

/// `data/changelog.toml`: what each catalog release changed, so that a comparison of two plans
/// can say why an action, a cookie or a transfer changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changelog {
    /// Oldest first; the last is the version in `data/catalog.toml`.
    #[serde(default, rename = "release")]
    pub releases: Vec<Release>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub version: String,
    /// YYYY-MM-DD.
    pub date: String,
    /// The release in one sentence, shown above its changes.
    pub note: String,
    #[serde(default)]
    pub changes: Vec<Change>,
}

/// One change of a release: to a vendor record (naming the facts that changed) or to a rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    #[serde(default)]
    pub vendor: Option<VendorId>,
    #[serde(default)]
    pub rule: Option<RuleId>,
    /// Fact groups of the vendor record that changed, as paths: `transfers.dpf`, `cookies`.
    #[serde(default)]
    pub facts: Vec<String>,
    pub note: String,
    /// The vendor or rule was taken out of the catalog in this release, so it need not exist.
    #[serde(default)]
    pub removed: bool,
}

/// One catalog record: `data/vendors/<id>.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vendor {
    pub id: VendorId,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The legal entity the customer contracts with.
    pub company: String,
    pub country: CountryCode,
    pub website: String,
    pub description: String,
    pub categories: Vec<Category>,
    pub deployment: Deployment,
    pub purposes: Vec<Purpose>,
    pub hosting: Hosting,
    pub transfers: Transfers,
    pub documents: Documents,
    pub retention: Retention,
    #[serde(default)]
    pub cookies: Vec<Cookie>,
    pub domains: Vec<String>,
    /// Domains that another record also claims (a parent company's shared infrastructure);
    /// every record that claims such a domain lists it here, so detection names them all.
    #[serde(default)]
    pub shared_domains: Vec<String>,
    pub dpia: Dpia,
    pub nis2: Nis2,
    #[serde(default)]
    pub controls: Vec<Control>,
    pub security: Security,
    #[serde(default)]
    pub alternatives: Vec<VendorId>,
    pub sources: Vec<Source>,
    /// Where the open datasets in `third_party/` describe this vendor; `cargo xtask import`
    /// turns them into `data/imported/<id>.toml`, which the loader merges into the record.
    #[serde(default)]
    pub open_data: OpenData,
    /// When a person last checked every fact against its sources (YYYY-MM-DD).
    pub reviewed: String,
}

/// `data/imported/<id>.toml`: facts about one vendor taken from the open datasets in
/// `third_party/` by `cargo xtask import`. The loader adds them to the record, except facts the
/// record curates itself (a cookie of the same name) or rejects in `open_data.reject`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Imported {
    pub vendor: VendorId,
    #[serde(default)]
    pub domains: Vec<ImportedDomain>,
    #[serde(default)]
    pub cookies: Vec<Cookie>,
    /// Rows the import could not use, kept so a reviewer sees them.
    #[serde(default)]
    pub skipped: Vec<Skipped>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedDomain {
    pub domain: String,
    /// `third-party-web:<entity>`.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    pub name: String,
    pub source: String,
    pub reason: String,
}

/// The vendor's names in the open datasets, and the imported facts a reviewer rejected.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenData {
    /// `Platform` values in the Open Cookie Database.
    #[serde(default)]
    pub ocd: Vec<String>,
    /// Entity names in `third-party-web`.
    #[serde(default)]
    pub third_party_web: Vec<String>,
    /// Service keys in tarteaucitron.js.
    #[serde(default)]
    pub tarteaucitron: Vec<String>,
    /// Imported cookies or domains that a reviewer found wrong, with the reason.
    #[serde(default)]
    pub reject: Vec<Rejected>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rejected {
    /// A cookie name or a domain.
    pub name: String,
    pub reason: String,
}

/// One processing activity the vendor performs for (or alongside) the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub data_subjects: Vec<DataSubject>,
    pub personal_data: Vec<DataCategory>,
    /// The data in plain words, beyond the categories.
    pub personal_data_detail: String,
    pub lawful_bases: Vec<LawfulBasis>,
    pub lawful_basis_note: String,
    /// The processing can be used to monitor staff behaviour or performance, which triggers
    /// co-determination rights in several member states.
    #[serde(default)]
    pub employee_monitoring: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hosting {
    pub regions: Vec<Region>,
    /// The id of the region used unless the customer chooses otherwise.
    pub default: String,
    pub eu_region: EuRegion,
    /// How a customer ends up in the EU region (at sign-up, by migration, by plan).
    pub eu_region_how: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub country: CountryCode,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfers {
    /// Whether the US company that receives the data (the vendor, or the US parent its EU
    /// subsidiary passes data to) is certified under the Data Privacy Framework.
    pub dpf: DpfStatus,
    /// The DPA incorporates the 2021 Standard Contractual Clauses.
    pub scc: Tri,
    /// Data still reaches third countries when the EU region is used (support access,
    /// sub-processors): remote access from a third country is a transfer (EDPB Recommendations
    /// 01/2020, para. 13).
    pub onward_with_eu_region: Tri,
    #[serde(default)]
    pub onward_countries: Vec<CountryCode>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Documents {
    pub dpa: Option<String>,
    /// How the DPA is concluded (part of the terms, click-through, signed on request).
    pub dpa_how: String,
    pub sub_processors: Option<String>,
    pub privacy_policy: String,
    #[serde(default)]
    pub cookie_policy: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    pub default: String,
    pub options: String,
    pub configurable: Tri,
    pub after_termination: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    pub name: String,
    pub domain: String,
    pub purpose: CookiePurpose,
    /// `session`, or a number and a unit: `30 days`, `13 months`, `2 years`.
    pub duration: String,
    pub set_on: SetOn,
    pub description: String,
    /// Where the cookie's facts come from: a source id of this record, or
    /// `open-cookie-database:<ID>` for the bundled Open Cookie Database.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// WP248 criteria that the vendor's processing can contribute to.
    pub criteria: Vec<DpiaNote>,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpiaNote {
    pub criterion: DpiaCriterion,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nis2 {
    pub relevance: Nis2Relevance,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    pub kind: ControlKind,
    /// Where to find and how to switch it on in this vendor's product.
    pub how: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// The vulnerability disclosure programme's page.
    pub vdp: Option<String>,
    pub bug_bounty: Tri,
    /// The response the vendor promises to reporters, in its words' meaning.
    pub response_time: Option<String>,
    pub certifications: Vec<Certification>,
    pub trust_center: Option<String>,
    pub security_txt: Tri,
}

/// A document that supports some of the record's facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub title: String,
    /// The fact groups it supports, from [`SOURCED_FACTS`].
    pub supports: Vec<String>,
}

/// How a cookie's `source` names a row of the bundled Open Cookie Database: the prefix, then the
/// row's id.
pub const OPEN_COOKIE_DATABASE: &str = "open-cookie-database:";

impl Cookie {
    /// Whether the cookie was imported from the Open Cookie Database rather than curated.
    pub fn from_open_data(&self) -> bool {
        self.source
            .strip_prefix(OPEN_COOKIE_DATABASE)
            .is_some_and(|id| !id.is_empty())
    }
}

impl Vendor {
    /// Whether the record states facts of this group (one of [`SOURCED_FACTS`]) that one of its
    /// own sources must support: curated cookies, controls and domains only when it has some;
    /// imported cookies carry their dataset row instead.
    pub fn states(&self, fact: &str) -> bool {
        match fact {
            "cookies" => self.cookies.iter().any(|k| !k.from_open_data()),
            "controls" => !self.controls.is_empty(),
            "domains" => !self.domains.is_empty(),
            _ => true,
        }
    }
}

/// Fact groups of a record that must each be supported by at least one source.
pub const SOURCED_FACTS: &[&str] = &[
    "company",
    "purposes",
    "hosting",
    "transfers",
    "documents",
    "retention",
    "cookies",
    "domains",
    "controls",
    "security",
];

/// `data/questions.toml`: one entry per question, asked in file order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    pub scope: Scope,
    pub kind: QuestionKind,
    pub text: String,
    /// One line on why the answer matters.
    pub why: String,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Ask only when this holds (or may hold); always asked when absent.
    #[serde(default)]
    pub ask_when: Option<Condition>,
    /// What to do when the visitor answers "I don't know".
    pub find_out: FindOut,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindOut {
    pub owner: Owner,
    pub how: String,
}

/// `data/rules.toml`: a condition over answers and vendor facts, and the action it produces.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: RuleId,
    pub scope: Scope,
    /// The rule applies when this holds or may hold; a rule without `when` applies always
    /// (to every selected vendor, for vendor-scoped rules).
    #[serde(default)]
    pub when: Option<Condition>,
    /// May contain `{vendor}` in vendor-scoped rules.
    pub title: String,
    pub what: String,
    pub owner: Owner,
    pub priority: Priority,
    /// When to do it, in words: "before the processing starts", "within three months".
    pub due: String,
    pub references: Vec<RefId>,
    /// Attach the vendor's own instructions for this control to the action.
    #[serde(default)]
    pub vendor_control: Option<ControlKind>,
    /// Attach these facts of the vendor's record to the action, so it can be done without
    /// looking them up.
    #[serde(default)]
    pub vendor_facts: Vec<VendorFacts>,
    /// Provisions cited only where their condition holds (or may hold), such as a national law
    /// or NIS2 for NIS2 entities.
    #[serde(default)]
    pub references_when: Vec<ConditionalReferences>,
    /// For the few rules about the GDPR's own reach: evaluated only when the GDPR does not apply
    /// (see `gdpr_applies_when` in `data/rules.toml`), while all others need it to apply.
    #[serde(default)]
    pub outside_gdpr: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionalReferences {
    pub when: Condition,
    pub references: Vec<RefId>,
}

/// `data/dpia.toml`: when each WP248 criterion counts as met for one vendor's processing, and
/// the national Art. 35(4) lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpiaScreening {
    /// One entry per criterion, in WP248 order.
    pub criterion: Vec<DpiaCriterionRule>,
    #[serde(default)]
    pub national_list: Vec<NationalListItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpiaCriterionRule {
    pub id: DpiaCriterion,
    /// Vendor-scoped: evaluated for each selected vendor.
    pub when: Condition,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalListItem {
    pub id: String,
    /// The supervisory authorities' country whose list this is.
    pub country: CountryCode,
    pub reference: RefId,
    /// The list entry in our words.
    pub item: String,
    /// Vendor-scoped: the vendor's processing falls under this entry.
    pub when: Condition,
}

/// `data/notices.toml`: the sentences a privacy notice and an employee notice are built from.
/// `{vendor}`, `{company}`, `{country}`, `{purposes}`, `{data}`, `{bases}`, `{retention}`,
/// `{transfer}` and `{sub_processors}` are filled from the record and the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeTemplates {
    /// For visitors, customers, prospects and end users.
    pub privacy: Vec<String>,
    /// For employees and contractors.
    pub employee: Vec<String>,
    /// The `{transfer}` sentence, per mechanism.
    pub transfer: std::collections::BTreeMap<TransferMechanism, String>,
}

vocabulary!(
    /// Parts of a vendor record an action can quote.
    VendorFacts { Retention, Dpa, SubProcessors, Hosting, Transfers, Security }
);

/// `data/references.toml`: a legal provision or guideline, cited by rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: RefId,
    pub citation: String,
    pub title: String,
    pub url: String,
    pub summary: String,
}

/// `data/countries.toml`: a country and the groups conditions can test (`country in eea`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: CountryCode,
    pub name: String,
    #[serde(default)]
    pub groups: Vec<CountryGroup>,
}

vocabulary!(
    /// Groups of countries with a legal meaning for transfers.
    CountryGroup {
        /// EU member state.
        Eu,
        /// EU plus Iceland, Liechtenstein and Norway: no transfer under Chapter V.
        Eea,
        /// Covered by an adequacy decision under GDPR Art. 45.
        Adequate,
        /// Adequacy only for organisations certified under the EU-US Data Privacy Framework.
        Dpf,
    }
);

/// A cookie's lifetime, parsed from its text form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CookieDuration {
    Session,
    Fixed { amount: u32, unit: DurationUnit },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DurationUnit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Months,
    Years,
}

/// Reads `session` or `<n> <unit>` (`30 days`, `1 year`, `13 months`).
pub fn parse_duration(text: &str) -> Result<CookieDuration, String> {
    if text == "session" {
        return Ok(CookieDuration::Session);
    }
    let bad = || {
        format!("`{text}` is not a duration: write `session` or a number and a unit, such as `30 days` or `1 year`")
    };
    let (amount, unit) = text.split_once(' ').ok_or_else(bad)?;
    let amount: u32 = amount.parse().map_err(|_| bad())?;
    let unit = match unit {
        "second" | "seconds" => DurationUnit::Seconds,
        "minute" | "minutes" => DurationUnit::Minutes,
        "hour" | "hours" => DurationUnit::Hours,
        "day" | "days" => DurationUnit::Days,
        "month" | "months" => DurationUnit::Months,
        "year" | "years" => DurationUnit::Years,
        _ => return Err(bad()),
    };
    // "1 day", "2 days": the unit agrees with the number.
    let plural = text.ends_with('s');
    if amount == 0 || (amount == 1) == plural {
        return Err(bad());
    }
    Ok(CookieDuration::Fixed { amount, unit })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("session"), Ok(CookieDuration::Session));
        assert_eq!(
            parse_duration("30 days"),
            Ok(CookieDuration::Fixed {
                amount: 30,
                unit: DurationUnit::Days
            })
        );
        assert_eq!(
            parse_duration("1 year"),
            Ok(CookieDuration::Fixed {
                amount: 1,
                unit: DurationUnit::Years
            })
        );
        for bad in [
            "",
            "30",
            "thirty days",
            "1 years",
            "2 year",
            "0 days",
            "30 fortnights",
            "Session",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad:?} should be refused");
        }
    }
}

//! View state the app keeps beside the session: which step and which plan tab are open. None of
//! it changes the plan.

use strum::{EnumIter, IntoStaticStr};
use vendorplan_core::data::{t, Dataset};

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter)]
pub enum Step {
    Services,
    Questions,
    Plan,
}

impl Step {
    /// The step's name in the interface's language.
    pub fn label(&self, data: &Dataset) -> String {
        match self {
            Step::Services => t!(data, "ui-step-services"),
            Step::Questions => t!(data, "ui-step-questions"),
            Step::Plan => t!(data, "ui-step-plan"),
        }
    }

    /// The name a host uses in `hide-steps` (`questions`).
    pub fn name(self) -> &'static str {
        match self {
            Step::Services => "services",
            Step::Questions => "questions",
            Step::Plan => "plan",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::Services => "step-services",
            Step::Questions => "step-questions",
            Step::Plan => "step-plan",
        }
    }
}

/// The sections of the plan dashboard, in the order of the plan file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum PlanTab {
    Actions,
    Records,
    Processors,
    Transfers,
    Dpia,
    Cookies,
    Notices,
    Security,
    Alternatives,
}

impl PlanTab {
    /// The section's name in the interface's language.
    pub fn label(&self, data: &Dataset) -> String {
        match self {
            PlanTab::Actions => t!(data, "ui-tab-actions"),
            PlanTab::Records => t!(data, "ui-tab-records"),
            PlanTab::Processors => t!(data, "ui-tab-processors"),
            PlanTab::Transfers => t!(data, "ui-tab-transfers"),
            PlanTab::Dpia => t!(data, "ui-tab-dpia"),
            PlanTab::Cookies => t!(data, "ui-tab-cookies"),
            PlanTab::Notices => t!(data, "ui-tab-notices"),
            PlanTab::Security => t!(data, "ui-tab-security"),
            PlanTab::Alternatives => t!(data, "ui-tab-alternatives"),
        }
    }
}

/// Where the URL fragment points: a vendor's page, or the app itself.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Home,
    Vendor(String),
}

impl Route {
    pub fn from_fragment(fragment: &str) -> Route {
        match fragment.trim_start_matches('#').strip_prefix("vendor/") {
            Some(id) if !id.is_empty() => Route::Vendor(id.to_owned()),
            _ => Route::Home,
        }
    }
}

//! View state the app keeps beside the session: which step and which plan tab are open. None of
//! it changes the plan.

use strum::{EnumIter, IntoStaticStr};

#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter)]
pub enum Step {
    Services,
    Questions,
    Plan,
}

impl Step {
    pub fn label(self) -> &'static str {
        match self {
            Step::Services => "Your services",
            Step::Questions => "Questions",
            Step::Plan => "Your plan",
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
    pub fn label(self) -> &'static str {
        match self {
            PlanTab::Actions => "Actions",
            PlanTab::Records => "Record of processing",
            PlanTab::Processors => "Processors",
            PlanTab::Transfers => "Transfers",
            PlanTab::Dpia => "DPIA screening",
            PlanTab::Cookies => "Cookies",
            PlanTab::Notices => "Notices",
            PlanTab::Security => "Security and NIS2",
            PlanTab::Alternatives => "Alternatives",
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

use std::rc::Rc;

use vendorplan_core::plan::Plan;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanSummaryProps {
    pub plan: Rc<Plan>,
}

/// The plan's counts, announced to screen readers whenever an answer changes them.
#[function_component(PlanSummary)]
pub fn plan_summary(props: &PlanSummaryProps) -> Html {
    let s = &props.plan.summary;
    let c = s.actions;
    let text = if s.vendors.is_empty() {
        "No service selected yet.".to_owned()
    } else {
        format!(
            "{} actions: {} high, {} medium, {} low. {} rest on assumptions; {} questions open.",
            c.total(),
            c.high,
            c.medium,
            c.low,
            s.assumed,
            s.unanswered
        )
    };
    html! { <p class="plan-summary" id="plan-summary" role="status" aria-live="polite">{ text }</p> }
}

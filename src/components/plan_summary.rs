use std::rc::Rc;

use vendorplan_core::data::t;
use vendorplan_core::plan::Plan;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanSummaryProps {
    pub plan: Rc<Plan>,
}

/// The plan's counts, announced to screen readers whenever an answer changes them.
#[function_component(PlanSummary)]
pub fn plan_summary(props: &PlanSummaryProps) -> Html {
    let data = crate::i18n::use_data();
    let s = &props.plan.summary;
    let c = s.actions;
    let text = if s.vendors.is_empty() {
        t!(data, "ui-summary-none")
    } else {
        t!(
            data,
            "ui-summary",
            total = c.total(),
            high = c.high,
            medium = c.medium,
            low = c.low,
            assumed = s.assumed,
            unanswered = s.unanswered
        )
    };
    html! { <p class="plan-summary" id="plan-summary" role="status" aria-live="polite">{ text }</p> }
}

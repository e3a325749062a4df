use std::rc::Rc;

use vendorplan_core::dataset;
use vendorplan_core::plan::Plan;
use vendorplan_data::vocabulary::label;
use yew::prelude::*;

use crate::components::action_item::ActionItem;

#[derive(Properties, PartialEq)]
pub struct PlanViewProps {
    pub plan: Rc<Plan>,
}

/// The plan as it stands: counts, then the actions, most urgent first.
#[function_component(PlanView)]
pub fn plan_view(props: &PlanViewProps) -> Html {
    let plan = &props.plan;
    let data = dataset();
    if plan.summary.vendors.is_empty() {
        return html! { <p class="empty" id="plan-empty">{ "Pick at least one service to see your plan." }</p> };
    }
    let c = plan.summary.actions;
    let priority = |p| label(&data.vocabulary.priority, p);
    html! {
        <div class="plan">
            <p class="plan-summary" aria-live="polite" id="plan-summary">
                { format!(
                    "{} actions: {} {}, {} {}, {} {}. {} rest on assumptions; {} questions open.",
                    c.total(), c.high, priority(&vendorplan_data::Priority::High), c.medium, priority(&vendorplan_data::Priority::Medium),
                    c.low, priority(&vendorplan_data::Priority::Low), plan.summary.assumed, plan.summary.unanswered
                ) }
            </p>
            <ol class="actions" id="actions">
                { for plan.actions.iter().map(|a| html! { <ActionItem key={a.id.clone()} action={a.clone()} /> }) }
            </ol>
        </div>
    }
}

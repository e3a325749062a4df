use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use strum::IntoEnumIterator;
use vendorplan_core::data::t;
use vendorplan_core::plan::{Plan, Risk};
use vendorplan_core::session::Msg;
use yew::prelude::*;

use crate::components::action_list::ActionList;
use crate::components::plan_changes::PlanChanges;
use crate::components::register::Register;
use crate::view::PlanTab;

#[derive(Properties, PartialEq)]
pub struct PlanDashboardProps {
    pub plan: Rc<Plan>,
    pub done: BTreeSet<String>,
    pub notes: BTreeMap<String, String>,
    pub on_msg: Callback<Msg>,
}

/// Risk per vendor, then the checklist and the registers as tabs.
#[function_component(PlanDashboard)]
pub fn plan_dashboard(props: &PlanDashboardProps) -> Html {
    let data = crate::i18n::use_data();
    let tab = use_state(|| PlanTab::Actions);
    let plan = &props.plan;
    if plan.summary.vendors.is_empty() {
        // An earlier plan can be compared even with nothing selected now: everything went.
        return html! {
            <>
                <p class="empty" id="plan-empty">{ t!(data, "ui-dashboard-empty") }</p>
                <PlanChanges plan={props.plan.clone()} />
            </>
        };
    }
    html! {
        <div class="dashboard">
            <ul class="risk-list" aria-label={t!(data, "ui-dashboard-risk-list")}>
                { for plan.summary.vendors.iter().map(|v| {
                    let (class, text) = match v.risk {
                        Risk::High => ("risk-high", t!(data, "ui-risk-high")),
                        Risk::Medium => ("risk-medium", t!(data, "ui-risk-medium")),
                        Risk::Low => ("risk-low", t!(data, "ui-risk-low")),
                    };
                    html! {
                        <li class={classes!("risk", class)} data-vendor={v.id.to_string()}>
                            <a href={format!("#vendor/{}", v.id)}>{ &v.name }</a>
                            <span class="badge">{ text }</span>
                            <span class="counts">{ t!(data, "ui-dashboard-counts", high = v.actions.high, medium = v.actions.medium, low = v.actions.low) }</span>
                        </li>
                    }
                }) }
            </ul>
            <div role="tablist" aria-label={t!(data, "ui-dashboard-tabs")} class="tabs">
                { for PlanTab::iter().map(|t| {
                    let selected = t == *tab;
                    let tab = tab.clone();
                    let id: &'static str = t.into();
                    html! {
                        <button type="button" role="tab" id={format!("tab-{id}")} aria-selected={selected.to_string()}
                            aria-controls="tab-panel" tabindex={if selected { "0" } else { "-1" }}
                            onclick={Callback::from(move |_| tab.set(t))}>{ t.label(data) }</button>
                    }
                }) }
            </div>
            <div role="tabpanel" id="tab-panel" aria-labelledby={format!("tab-{}", <&'static str>::from(*tab))} tabindex="0">
                if *tab == PlanTab::Actions {
                    <ActionList plan={props.plan.clone()} done={props.done.clone()} notes={props.notes.clone()} on_msg={props.on_msg.clone()} />
                } else {
                    <Register plan={props.plan.clone()} tab={*tab} />
                }
            </div>
            <PlanChanges plan={props.plan.clone()} />
        </div>
    }
}

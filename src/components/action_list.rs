use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use strum::IntoEnumIterator;
use vendorplan_core::data::t;
use vendorplan_core::plan::Plan;
use vendorplan_core::session::Msg;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Owner, Priority};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::action_item::ActionItem;

#[derive(Properties, PartialEq)]
pub struct ActionListProps {
    pub plan: Rc<Plan>,
    pub done: BTreeSet<String>,
    pub notes: BTreeMap<String, String>,
    pub on_msg: Callback<Msg>,
}

/// The checklist, filterable by owner, priority and vendor.
#[function_component(ActionList)]
pub fn action_list(props: &ActionListProps) -> Html {
    let data = crate::i18n::use_data();
    let owner = use_state(String::new);
    let priority = use_state(String::new);
    let vendor = use_state(String::new);
    let select = |state: UseStateHandle<String>| {
        Callback::from(move |e: Event| {
            state.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let shown: Vec<_> = props
        .plan
        .actions
        .iter()
        .filter(|a| owner.is_empty() || a.owner.as_ref() == owner.as_str())
        .filter(|a| priority.is_empty() || a.priority.as_ref() == priority.as_str())
        .filter(|a| {
            vendor.is_empty() || a.vendor.as_ref().map_or("", |v| v.as_str()) == vendor.as_str()
        })
        .collect();
    let done = props
        .plan
        .actions
        .iter()
        .filter(|a| props.done.contains(&a.id))
        .count();
    html! {
        <div class="action-list">
            <div class="filters" role="group" aria-label={t!(data, "ui-actions-filter")}>
                <label>{ t!(data, "ui-actions-owner") }{ " " }
                    <select id="filter-owner" onchange={select(owner.clone())}>
                        <option value="" selected={owner.is_empty()}>{ t!(data, "ui-actions-all") }</option>
                        { for Owner::iter().map(|o| html! { <option value={o.as_ref().to_owned()} selected={*owner == o.as_ref()}>{ label(&data.vocabulary.owner, &o) }</option> }) }
                    </select>
                </label>
                <label>{ t!(data, "ui-actions-priority") }{ " " }
                    <select id="filter-priority" onchange={select(priority.clone())}>
                        <option value="" selected={priority.is_empty()}>{ t!(data, "ui-actions-all") }</option>
                        { for Priority::iter().map(|p| html! { <option value={p.as_ref().to_owned()} selected={*priority == p.as_ref()}>{ label(&data.vocabulary.priority, &p) }</option> }) }
                    </select>
                </label>
                <label>{ t!(data, "ui-actions-vendor") }{ " " }
                    <select id="filter-vendor" onchange={select(vendor.clone())}>
                        <option value="" selected={vendor.is_empty()}>{ t!(data, "ui-actions-all") }</option>
                        { for props.plan.summary.vendors.iter().map(|v| html! { <option value={v.id.to_string()} selected={*vendor == v.id.as_str()}>{ &v.name }</option> }) }
                    </select>
                </label>
            </div>
            <p class="progress">{ t!(data, "ui-actions-progress", done = done, total = props.plan.actions.len(), shown = shown.len()) }</p>
            <ol class="actions" id="actions">
                { for shown.into_iter().map(|a| html! {
                    <ActionItem key={a.id.clone()} action={a.clone()} done={props.done.contains(&a.id)}
                        note={props.notes.get(&a.id).cloned().unwrap_or_default()} on_msg={props.on_msg.clone()} />
                }) }
            </ol>
        </div>
    }
}

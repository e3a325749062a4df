use std::collections::BTreeSet;

use strum::IntoEnumIterator;
use vendorplan_core::data::t;
use vendorplan_core::search::search;
use vendorplan_core::session::Msg;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Category, VendorId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::detect_panel::DetectPanel;

#[derive(Properties, PartialEq)]
pub struct VendorPickerProps {
    pub selected: BTreeSet<VendorId>,
    pub on_msg: Callback<Msg>,
}

/// Search as you type (typos forgiven), browse by category, and see the selection as chips.
#[function_component(VendorPicker)]
pub fn vendor_picker(props: &VendorPickerProps) -> Html {
    let data = crate::i18n::use_data();
    let query = use_state(String::new);
    let category = use_state(String::new);
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            crate::timing::mark("vendorplan:keystroke");
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    // After the results are on screen: one keystroke's cost, for the benchmark.
    use_effect_with((*query).clone(), |_| {
        crate::timing::measure("vendorplan:search", "vendorplan:keystroke")
    });
    let on_category = {
        let category = category.clone();
        Callback::from(move |e: Event| {
            category.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let wanted: Option<Category> = category.parse().ok();
    let shown: Vec<_> = search(data, &query, usize::MAX)
        .into_iter()
        .filter(|h| wanted.is_none_or(|c| h.vendor.categories.contains(&c)))
        .collect();
    let toggle = |id: VendorId, on: bool| {
        if on {
            Msg::SelectVendor(id)
        } else {
            Msg::RemoveVendor(id)
        }
    };

    html! {
        <div class="vendor-picker">
            <div class="picker-controls">
                <p>
                    <label for="vendor-search">{ t!(data, "ui-picker-search") }</label>
                    <input id="vendor-search" type="search" autocomplete="off" value={(*query).clone()} oninput={on_search} aria-controls="vendor-list" />
                </p>
                <p>
                    <label for="vendor-category">{ t!(data, "ui-picker-category") }</label>
                    <select id="vendor-category" onchange={on_category}>
                        <option value="">{ t!(data, "ui-picker-all-categories") }</option>
                        { for Category::iter().filter(|c| data.vendors.iter().any(|v| v.categories.contains(c))).map(|c| html! {
                            <option value={c.as_ref().to_owned()} selected={*category == c.as_ref()}>{ label(&data.vocabulary.category, &c) }</option>
                        }) }
                    </select>
                </p>
            </div>
            <h3 class="count" aria-live="polite" id="selected-count">{ t!(data, "ui-picker-selected", count = props.selected.len()) }</h3>
            <ul class="chips" aria-labelledby="selected-count">
                { for props.selected.iter().filter_map(|id| data.vendor(id)).map(|v| {
                    let on_msg = props.on_msg.clone();
                    let id = v.id.clone();
                    html! {
                        <li><button type="button" class="chip" aria-label={t!(data, "ui-picker-remove", vendor = v.name.as_str())} onclick={Callback::from(move |_| on_msg.emit(Msg::RemoveVendor(id.clone())))}>
                            { &v.name }{ " ×" }
                        </button></li>
                    }
                }) }
            </ul>
            <ul class="vendor-list" id="vendor-list" aria-label={t!(data, "ui-picker-list")}>
                { for shown.iter().map(|hit| {
                    let v = hit.vendor;
                    let checked = props.selected.contains(&v.id);
                    let id = v.id.clone();
                    let on_msg = props.on_msg.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                        on_msg.emit(toggle(id.clone(), on));
                    });
                    let categories: Vec<&str> = v.categories.iter().map(|c| label(&data.vocabulary.category, c)).collect();
                    html! {
                        <li>
                            <input type="checkbox" id={format!("vendor-{}", v.id)} {checked} {onchange} />
                            <label for={format!("vendor-{}", v.id)}>
                                <span class="vendor-name">{ &v.name }</span>
                                <span class="vendor-meta">{ categories.join(" · ") }</span>
                            </label>
                            <a class="vendor-more" href={format!("#vendor/{}", v.id)} aria-label={t!(data, "ui-picker-about-vendor", vendor = v.name.as_str())}>{ t!(data, "ui-picker-about") }</a>
                        </li>
                    }
                }) }
            </ul>
            if shown.is_empty() {
                <p class="empty">{ t!(data, "ui-picker-none") }</p>
            }
            <DetectPanel selected={props.selected.clone()} on_msg={props.on_msg.clone()} />
        </div>
    }
}

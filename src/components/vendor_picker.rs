use std::collections::BTreeSet;

use vendorplan_core::dataset;
use vendorplan_core::session::Msg;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Vendor, VendorId};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VendorPickerProps {
    pub selected: BTreeSet<VendorId>,
    pub on_msg: Callback<Msg>,
}

fn matches(v: &Vendor, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let vocab = &dataset().vocabulary;
    std::iter::once(v.name.as_str())
        .chain(v.aliases.iter().map(String::as_str))
        .chain(v.domains.iter().map(String::as_str))
        .chain(v.categories.iter().map(|c| label(&vocab.category, c)))
        .any(|field| field.to_lowercase().contains(&q))
}

#[function_component(VendorPicker)]
pub fn vendor_picker(props: &VendorPickerProps) -> Html {
    let query = use_state(String::new);
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let data = dataset();
    let shown: Vec<&Vendor> = data.vendors.iter().filter(|v| matches(v, &query)).collect();

    html! {
        <div class="vendor-picker">
            <label for="vendor-search">{ "Search services" }</label>
            <input id="vendor-search" type="search" autocomplete="off" value={(*query).clone()} oninput={on_search} />
            <p class="count" aria-live="polite">{ format!("{} selected", props.selected.len()) }</p>
            <ul class="vendor-list">
                { for shown.iter().map(|v| {
                    let checked = props.selected.contains(&v.id);
                    let id = v.id.clone();
                    let on_msg = props.on_msg.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                        on_msg.emit(if on { Msg::SelectVendor(id.clone()) } else { Msg::RemoveVendor(id.clone()) });
                    });
                    let categories: Vec<&str> = v.categories.iter().map(|c| label(&data.vocabulary.category, c)).collect();
                    html! {
                        <li>
                            <input type="checkbox" id={format!("vendor-{}", v.id)} {checked} {onchange} />
                            <label for={format!("vendor-{}", v.id)}>
                                <span class="vendor-name">{ &v.name }</span>
                                <span class="vendor-meta">{ categories.join(" · ") }</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
            if shown.is_empty() {
                <p class="empty">{ "No service matches your search." }</p>
            }
        </div>
    }
}

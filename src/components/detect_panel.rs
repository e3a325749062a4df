use std::collections::BTreeSet;

use vendorplan_core::data::t;
use vendorplan_core::detect::{detect, Finding};
use vendorplan_core::session::Msg;
use vendorplan_data::VendorId;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetectPanelProps {
    pub selected: BTreeSet<VendorId>,
    pub on_msg: Callback<Msg>,
}

/// Paste a page's HTML or a list of domains; the catalog's domains and cookie names show which
/// services it uses, with what each finding rests on, to add after a check.
#[function_component(DetectPanel)]
pub fn detect_panel(props: &DetectPanelProps) -> Html {
    let data = crate::i18n::use_data();
    let text = use_state(String::new);
    let findings = use_state(|| None::<Vec<Finding>>);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let find = {
        let text = text.clone();
        let findings = findings.clone();
        Callback::from(move |_| findings.set(Some(detect(data, &text))))
    };
    html! {
        <details class="detect">
            <summary>{ t!(data, "ui-detect-title") }</summary>
            <label for="detect-input">{ t!(data, "ui-detect-input") }</label>
            <textarea id="detect-input" rows="6" value={(*text).clone()} {oninput} />
            <button type="button" id="detect-run" onclick={find}>{ t!(data, "ui-detect-run") }</button>
            { match &*findings {
                None => html! {},
                Some(list) if list.is_empty() => html! { <p role="status" id="detect-none">{ t!(data, "ui-detect-none") }</p> },
                Some(list) => html! {
                    <ul class="findings" role="status" id="detect-findings">
                        { for list.iter().map(|f| {
                            let name = data.vendor(&f.vendor).map_or(f.vendor.as_str(), |v| v.name.as_str());
                            let added = props.selected.contains(&f.vendor);
                            let on_msg = props.on_msg.clone();
                            let id = f.vendor.clone();
                            let evidence: Vec<String> = f.evidence.iter().map(|e| e.describe(data)).collect();
                            html! {
                                <li data-finding={f.vendor.to_string()}>
                                    <strong>{ name }</strong>{ " — " }{ t!(data, "ui-detect-found", evidence = evidence.join(", ")) }{ " " }
                                    if added {
                                        <span class="ok">{ t!(data, "ui-detect-added") }</span>
                                    } else {
                                        <button type="button" class="secondary" id={format!("detect-add-{}", f.vendor)}
                                            onclick={Callback::from(move |_| on_msg.emit(Msg::SelectVendor(id.clone())))}>{ t!(data, "ui-detect-add", vendor = name) }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                },
            } }
        </details>
    }
}

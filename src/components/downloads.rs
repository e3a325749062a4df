use std::rc::Rc;

use vendorplan_core::plan::Plan;
use vendorplan_core::{dataset, export};
use yew::prelude::*;

use crate::download;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub plan: Rc<Plan>,
}

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let markdown = {
        let plan = props.plan.clone();
        Callback::from(move |_| {
            download::save(
                "vendorplan-plan.md",
                "text/markdown;charset=utf-8",
                &export::markdown(dataset(), &plan),
            )
        })
    };
    let json = {
        let plan = props.plan.clone();
        Callback::from(move |_| {
            download::save(
                "vendorplan-plan.json",
                "application/json",
                &export::json(&plan),
            )
        })
    };
    html! {
        <div class="downloads">
            <button type="button" id="download-md" onclick={markdown}>{ "Download Markdown" }</button>
            <button type="button" id="download-json" onclick={json}>{ "Download JSON (re-importable)" }</button>
        </div>
    }
}

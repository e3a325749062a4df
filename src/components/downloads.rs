use std::rc::Rc;

use vendorplan_core::plan::Plan;
use vendorplan_core::{dataset, export};
use yew::prelude::*;

use crate::download;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub plan: Rc<Plan>,
    pub answers: vendorplan_core::Answers,
}

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    // Each export is timed for the benchmark (performance marks stay in the page).
    let timed = |name: &'static str,
                 mime: &'static str,
                 mark: &'static str,
                 render: fn(&Plan) -> String| {
        let plan = props.plan.clone();
        Callback::from(move |_| {
            crate::timing::mark("vendorplan:export");
            download::save(name, mime, &render(&plan));
            crate::timing::measure(mark, "vendorplan:export");
        })
    };
    let markdown = timed(
        "vendorplan-plan.md",
        "text/markdown;charset=utf-8",
        "vendorplan:export-md",
        |p| export::markdown(dataset(), p),
    );
    let json = timed(
        "vendorplan-plan.json",
        "application/json",
        "vendorplan:export-json",
        export::json,
    );
    let link = use_state(|| None::<String>);
    let share = {
        let answers = props.answers.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let location = gloo::utils::window().location();
            let base = format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            );
            let url = format!(
                "{base}{}{}",
                vendorplan_core::share::FRAGMENT_PREFIX,
                vendorplan_core::share::encode(&answers)
            );
            let _ = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&url);
            link.set(Some(url));
        })
    };
    html! {
        <div class="downloads">
            <button type="button" id="download-md" onclick={markdown}>{ "Download Markdown" }</button>
            <button type="button" id="download-json" onclick={json}>{ "Download JSON (re-importable)" }</button>
            <button type="button" id="share-link" class="secondary" onclick={share}>{ "Copy a share link" }</button>
            if let Some(url) = &*link {
                <p class="share">
                    <label for="share-url">{ "Share link (copied; the answers travel in the link itself, never to a server):" }</label>
                    <input id="share-url" type="text" readonly=true value={url.clone()} />
                </p>
            }
        </div>
    }
}

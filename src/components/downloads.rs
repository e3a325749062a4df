use std::rc::Rc;

use vendorplan_core::export::{self, Day, Format};
use vendorplan_core::plan::Plan;
use vendorplan_core::session::Msg;
use vendorplan_core::{dataset, report};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::{download, offline};

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub plan: Rc<Plan>,
    pub answers: vendorplan_core::Answers,
    pub on_msg: Callback<Msg>,
    /// Told the format of every download, for the host page's `vendorplan:export` event.
    #[prop_or_default]
    pub on_export: Callback<&'static str>,
}

/// Today on the visitor's clock, the date every export carries.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day {
        year: now.get_full_year() as i32,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

const BUTTONS: [(Format, &str, &str); 6] = [
    (Format::Pdf, "PDF report", "gdpr-plan"),
    (Format::Docx, "Word document", "gdpr-plan"),
    (Format::Html, "Web page (print-ready)", "gdpr-plan"),
    (Format::Md, "Markdown checklist", "gdpr-plan"),
    (Format::Ics, "Review reminders (calendar)", "gdpr-reviews"),
    (Format::Json, "Plan file (re-importable)", "gdpr-plan"),
];

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let table = use_state(|| report::TABLES[0].0.to_owned());
    // Each export is timed for the benchmark (performance marks stay in the page).
    let save = |format: Format, what: &'static str| {
        let plan = props.plan.clone();
        let table = table.clone();
        let on_export = props.on_export.clone();
        Callback::from(move |_| {
            let ext = format.extension();
            crate::timing::mark("vendorplan:export");
            let made = today();
            let bytes = export::file(dataset(), &plan, format, made, &table).unwrap_or_default();
            let what = if format == Format::Csv {
                table.as_str()
            } else {
                what
            };
            let name = export::file_name(&plan.answers.organisation, what, made, ext);
            download::save(&name, format.mime(), &bytes);
            crate::timing::measure(&format!("vendorplan:export-{ext}"), "vendorplan:export");
            on_export.emit(ext);
        })
    };
    let organisation = {
        let on_msg = props.on_msg.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            on_msg.emit(Msg::SetOrganisation(value));
        })
    };
    let pick_table = {
        let table = table.clone();
        Callback::from(move |e: Event| {
            table.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let offline_status = use_state(|| None::<String>);
    let save_offline = {
        let status = offline_status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match offline::offline_file().await {
                    Ok(bytes) => {
                        download::save(offline::OFFLINE_FILE, "text/html", &bytes);
                        status.set(Some(format!(
                            "Saved {}: open it from your downloads, with or without a network. Your answers stay in this browser; export the plan file to carry them over.",
                            offline::OFFLINE_FILE
                        )));
                    }
                    Err(e) => status.set(Some(format!(
                        "The offline copy could not be saved: {e}. Try again while online."
                    ))),
                }
            });
        })
    };
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
            <p class="organisation">
                <label for="organisation">{ "Organisation (shown on every download)" }</label>
                <input id="organisation" type="text" maxlength={export_limit()} autocomplete="organization"
                    value={props.answers.organisation.clone()} onchange={organisation} />
            </p>
            <div class="download-buttons" role="group" aria-label="Download the plan">
                { for BUTTONS.iter().map(|(format, label, what)| {
                    let ext = format.extension();
                    html! {
                        <button type="button" id={format!("download-{ext}")} onclick={save(*format, what)}>{ *label }</button>
                    }
                }) }
                <span class="csv">
                    <label for="csv-table">{ "Spreadsheet (CSV): " }</label>
                    <select id="csv-table" onchange={pick_table}>
                        { for report::TABLES.iter().map(|(id, label)| html! {
                            <option value={*id} selected={*table == *id}>{ *label }</option>
                        }) }
                    </select>
                    <button type="button" id="download-csv" onclick={save(Format::Csv, "")}>{ "Download CSV" }</button>
                </span>
                <button type="button" id="share-link" class="secondary" onclick={share}>{ "Copy a share link" }</button>
                if offline::is_saved_copy() {
                    <p id="saved-copy" class="note">{ "This is a saved copy of Vendorplan: it works without a network." }</p>
                } else {
                    <button type="button" id="save-offline" class="secondary" onclick={save_offline}>{ "Save for offline use" }</button>
                }
            </div>
            if let Some(status) = &*offline_status {
                <p id="offline-status" role="status">{ status }</p>
            }
            if let Some(url) = &*link {
                <p class="share">
                    <label for="share-url">{ "Share link (copied; the answers travel in the link itself, never to a server):" }</label>
                    <input id="share-url" type="text" readonly=true value={url.clone()} />
                </p>
            }
        </div>
    }
}

fn export_limit() -> String {
    vendorplan_core::answers::MAX_ORGANISATION.to_string()
}

use std::rc::Rc;

use vendorplan_core::consent::{self, Target};
use vendorplan_core::data::{t, Dataset};
use vendorplan_core::export::{self, Day, Format};
use vendorplan_core::plan::Plan;
use vendorplan_core::report;
use vendorplan_core::session::Msg;
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

/// The download buttons in order: the format and the button's label.
fn buttons(data: &Dataset) -> [(Format, String); 6] {
    [
        (Format::Pdf, t!(data, "ui-download-pdf")),
        (Format::Docx, t!(data, "ui-download-docx")),
        (Format::Html, t!(data, "ui-download-html")),
        (Format::Md, t!(data, "ui-download-md")),
        (Format::Ics, t!(data, "ui-download-ics")),
        (Format::Json, t!(data, "ui-download-json")),
    ]
}

/// What became of the last "save for offline use", shown in the interface's language.
#[derive(Clone, PartialEq)]
enum OfflineStatus {
    Saved,
    Failed(String),
}

#[function_component(Downloads)]
pub fn downloads(props: &DownloadsProps) -> Html {
    let data = crate::i18n::use_data();
    let table = use_state(|| report::TABLES[0].to_owned());
    // Each export is timed for the benchmark (performance marks stay in the page).
    let save = |format: Format| {
        let plan = props.plan.clone();
        let table = table.clone();
        let on_export = props.on_export.clone();
        Callback::from(move |_| {
            let ext = format.extension();
            crate::timing::mark("vendorplan:export");
            let made = today();
            let bytes = export::file(data, &plan, format, made, &table).unwrap_or_default();
            let name =
                export::download_name(data, &plan.answers.organisation, format, &table, made);
            download::save(&name, format.mime(), &bytes);
            crate::timing::measure(&format!("vendorplan:export-{ext}"), "vendorplan:export");
            on_export.emit(ext);
        })
    };
    let consent_for = use_state(|| Target::Klaro);
    let pick_consent = {
        let consent_for = consent_for.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(target) = value.parse::<Target>() {
                consent_for.set(target);
            }
        })
    };
    let save_consent = {
        let plan = props.plan.clone();
        let target = *consent_for;
        let on_export = props.on_export.clone();
        Callback::from(move |_| {
            let (name, bytes) = consent::file(data, &plan, target, today());
            download::save(&name, "text/javascript;charset=utf-8", &bytes);
            on_export.emit(consent_event(target));
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
    let offline_status = use_state(|| None::<OfflineStatus>);
    let lifetime = crate::lifetime::use_lifetime();
    let save_offline = {
        let status = offline_status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let lifetime = lifetime.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let file = offline::offline_file(lifetime.signal().as_ref()).await;
                // A widget its host removed meanwhile starts no download on the host's page.
                if lifetime.ended() {
                    return;
                }
                match file {
                    Ok(bytes) => {
                        download::save(offline::OFFLINE_FILE, "text/html", &bytes);
                        status.set(Some(OfflineStatus::Saved));
                    }
                    Err(e) => status.set(Some(OfflineStatus::Failed(e))),
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
                <label for="organisation">{ t!(data, "ui-downloads-organisation") }</label>
                <input id="organisation" type="text" maxlength={export_limit()} autocomplete="organization"
                    value={props.answers.organisation.clone()} onchange={organisation} />
            </p>
            <div class="download-buttons" role="group" aria-label={t!(data, "ui-downloads-group")}>
                { for buttons(data).into_iter().map(|(format, label)| {
                    let ext = format.extension();
                    html! {
                        <button type="button" id={format!("download-{ext}")} onclick={save(format)}>{ label }</button>
                    }
                }) }
                <span class="csv">
                    <label for="csv-table">{ t!(data, "ui-downloads-csv") }</label>{ " " }
                    <select id="csv-table" onchange={pick_table}>
                        { for report::TABLES.iter().map(|id| html! {
                            <option value={*id} selected={*table == *id}>{ report::table_title(data, id).unwrap_or_else(|| (*id).to_owned()) }</option>
                        }) }
                    </select>
                    <button type="button" id="download-csv" onclick={save(Format::Csv)}>{ t!(data, "ui-downloads-csv-button") }</button>
                </span>
                <span class="consent">
                    <label for="consent-for">{ t!(data, "consent-ui-label") }</label>{ " " }
                    <select id="consent-for" onchange={pick_consent}>
                        { for Target::all().map(|target| html! {
                            <option value={target.id()} selected={*consent_for == target}>{ target.label(data) }</option>
                        }) }
                    </select>
                    <button type="button" id="download-consent" onclick={save_consent}>{ t!(data, "consent-ui-button") }</button>
                </span>
                <button type="button" id="share-link" class="secondary" onclick={share}>{ t!(data, "ui-downloads-share") }</button>
                if offline::is_saved_copy() {
                    <p id="saved-copy" class="note">{ t!(data, "ui-downloads-saved-copy") }</p>
                } else {
                    <button type="button" id="save-offline" class="secondary" onclick={save_offline}>{ t!(data, "ui-downloads-save-offline") }</button>
                }
            </div>
            if let Some(status) = &*offline_status {
                <p id="offline-status" role="status">{ match status {
                    OfflineStatus::Saved => t!(data, "ui-downloads-offline-saved", file = offline::OFFLINE_FILE),
                    OfflineStatus::Failed(error) => t!(data, "ui-downloads-offline-failed", error = error.as_str()),
                } }</p>
            }
            if let Some(url) = &*link {
                <p class="share">
                    <label for="share-url">{ t!(data, "ui-downloads-share-link") }</label>
                    <input id="share-url" type="text" readonly=true value={url.clone()} />
                </p>
            }
        </div>
    }
}

/// The format the host page's `vendorplan:export` event names for a consent configuration.
fn consent_event(target: Target) -> &'static str {
    match target {
        Target::Klaro => "consent-klaro",
        Target::Cookieconsent => "consent-cookieconsent",
        Target::Tarteaucitron => "consent-tarteaucitron",
    }
}

fn export_limit() -> String {
    vendorplan_core::answers::MAX_ORGANISATION.to_string()
}

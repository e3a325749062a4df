use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use vendorplan_core::answers::check_file_size;
use vendorplan_core::data::t;
use vendorplan_core::diff::{self, ReadError, Snapshot};
use vendorplan_core::plan::Plan;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The earlier plan as read, or why it could not be; kept as facts so that they read in the
/// language shown.
#[derive(Clone, PartialEq)]
enum Earlier {
    Read(Rc<Snapshot>),
    Unreadable { file: String, error: String },
    Invalid(ReadError),
}

#[derive(Properties, PartialEq)]
pub struct PlanChangesProps {
    /// The plan of the current answers and catalog.
    pub plan: Rc<Plan>,
}

/// "Compare with an earlier plan": reads a plan file and lists what changed since, per vendor,
/// with the cause of each change. It keeps the earlier plan, not the result, so the list follows
/// the current answers and language; the answers themselves are never touched.
#[function_component(PlanChanges)]
pub fn plan_changes(props: &PlanChangesProps) -> Html {
    let data = crate::i18n::use_data();
    let earlier = use_state(|| None::<Earlier>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let onchange = {
        let earlier = earlier.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let file = gloo::file::File::from(file);
            let name = file.name();
            if let Err(e) = check_file_size(file.size()) {
                earlier.set(Some(Earlier::Invalid(ReadError::Import(vec![e]))));
                return;
            }
            let earlier = earlier.clone();
            *reader.borrow_mut() =
                Some(gloo::file::callbacks::read_as_text(&file, move |result| {
                    earlier.set(Some(match result {
                        Err(e) => Earlier::Unreadable {
                            file: name,
                            error: e.to_string(),
                        },
                        Ok(text) => match diff::read_plan(&text) {
                            Ok(plan) => Earlier::Read(Rc::new(plan)),
                            Err(e) => Earlier::Invalid(e),
                        },
                    }));
                }));
        })
    };

    let result = match &*earlier {
        None => html! {},
        Some(Earlier::Read(old)) => {
            let d = diff::diff(data, old, &Snapshot::from(&*props.plan));
            let date = old.made.clone().unwrap_or_else(|| old.catalog.date.clone());
            html! {
                <div id="plan-changes" role="status">
                    <p><strong>{ t!(data, "diff-ui-result", date = date, version = old.catalog.version.as_str()) }</strong></p>
                    if !d.releases.is_empty() {
                        <p>{ t!(data, "diff-releases") }</p>
                        <ul class="changes-releases">
                            { for d.releases.iter().map(|r| html! {
                                <li>{ format!("{} ({}): {}", r.version, r.date, r.note) }</li>
                            }) }
                        </ul>
                    }
                    if !d.answers.is_empty() {
                        <p>{ t!(data, "diff-answers", count = d.answers.len()) }</p>
                        <ul class="changes-answers">
                            { for d.answers.iter().map(|a| html! {
                                <li data-change-answer={a.key.to_string()}>{ diff::describe_answer(data, a) }</li>
                            }) }
                        </ul>
                    }
                    if d.vendors.is_empty() {
                        <p>{ t!(data, "diff-nothing") }</p>
                    }
                    { for d.vendors.iter().map(|v| {
                        let id = v.vendor.as_ref().map_or_else(String::new, ToString::to_string);
                        html! {
                            <section class="changes-vendor" data-change-vendor={id}>
                                <h4>{ &v.name }</h4>
                                <ul>
                                    { for v.changes.iter().map(|c| {
                                        let kind = c.what.kind();
                                        html! {
                                            <li data-change-kind={kind}>
                                                <span class="badge">{ diff::section_label(data, c.section) }</span>
                                                { " " }{ diff::describe_change(data, &c.what) }
                                                <br />
                                                <small class="change-cause">{ diff::describe_cause(data, &c.cause) }</small>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </section>
                        }
                    }) }
                </div>
            }
        }
        Some(problem) => {
            let errors: Vec<String> = match problem {
                Earlier::Unreadable { file, error } => vec![t!(
                    data,
                    "diff-ui-unreadable",
                    file = file.as_str(),
                    error = error.as_str()
                )],
                Earlier::Invalid(e) => e.describe(data),
                Earlier::Read(_) => Vec::new(),
            };
            html! {
                <div class="error" role="alert" id="compare-error">
                    <p>{ t!(data, "diff-ui-failed") }</p>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                </div>
            }
        }
    };

    html! {
        <section class="plan-changes" aria-labelledby="plan-changes-title">
            <h3 id="plan-changes-title">{ t!(data, "diff-ui-title") }</h3>
            <p>{ t!(data, "diff-ui-intro") }</p>
            <div class="import">
                <label for="compare-file">{ t!(data, "diff-ui-label") }</label>
                <input type="file" id="compare-file" accept=".json,application/json" {onchange} />
            </div>
            { result }
        </section>
    }
}

//! The root component: owns the session, saves it, follows the URL fragment, and lays out the
//! three steps with the plan's counts always in view.

use strum::IntoEnumIterator;
use vendorplan_core::session::Msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::downloads::Downloads;
use crate::components::file_import::FileImport;
use crate::components::plan_dashboard::PlanDashboard;
use crate::components::plan_summary::PlanSummary;
use crate::components::question_list::QuestionList;
use crate::components::stepper::Stepper;
use crate::components::theme_toggle::ThemeToggle;
use crate::components::vendor_detail::VendorDetail;
use crate::components::vendor_picker::VendorPicker;
use crate::embed::Embed;
use crate::state::AppState;
use crate::storage;
use crate::view::{Route, Step};

/// The route. On Vendorplan's own page it is `location.hash`, kept in step with `hashchange`;
/// an embedded widget must not touch its host's URL, so it keeps the route to itself and
/// follows its own `#vendor/…` links through [`follow_link`].
#[hook]
fn use_route(embedded: bool) -> UseStateHandle<Route> {
    let route = use_state(|| {
        if embedded {
            Route::Home
        } else {
            Route::from_fragment(&gloo::utils::window().location().hash().unwrap_or_default())
        }
    });
    {
        let route = route.clone();
        use_effect_with(embedded, move |embedded| {
            let listener = (!embedded).then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    route.set(Route::from_fragment(
                        &gloo::utils::window().location().hash().unwrap_or_default(),
                    ));
                })
            });
            move || drop(listener)
        });
    }
    route
}

/// In an embedded widget, a click on one of its own fragment links changes its route instead
/// of the host page's URL.
fn follow_link(route: UseStateHandle<Route>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^='#']").ok().flatten())
        else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        if href.starts_with("#vendor/") || href == "#" {
            e.prevent_default();
            route.set(Route::from_fragment(&href));
        }
    })
}

#[derive(Properties, Clone, Debug, Default, PartialEq)]
pub struct AppProps {
    /// Set when the app runs on someone else's page: in a `<vendor-plan>` element or framed.
    pub embed: Option<Embed>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let embed = props.embed.clone();
    let storage_key = embed
        .as_ref()
        .map_or(storage::ANSWERS_KEY.to_owned(), |e| e.storage_key.clone());
    let state = {
        let key = storage_key.clone();
        use_reducer(move || AppState::new(storage::load(&key).unwrap_or_default()))
    };
    let step = use_state(|| Step::Services);
    let route_handle = use_route(embed.is_some());
    let route = (*route_handle).clone();
    // A problem to show above everything, such as a damaged share link.
    let alert = use_state(|| None::<Vec<String>>);

    // A share link (`#a=…`) is read once on start. A damaged one is reported and changes
    // nothing; a good one replaces the saved answers only if the visitor agrees.
    {
        let state = state.clone();
        let alert = alert.clone();
        let step = step.clone();
        let embedded = embed.is_some();
        use_effect_with((), move |_| {
            let location = gloo::utils::window().location();
            let hash = location.hash().unwrap_or_default();
            // A share link is for Vendorplan's own page; a host's URL is not ours to read.
            if !embedded && hash.starts_with(vendorplan_core::share::FRAGMENT_PREFIX) {
                match vendorplan_core::share::decode(&hash, vendorplan_core::dataset()) {
                    Err(errors) => alert.set(Some(
                        std::iter::once("This share link could not be opened; your saved answers are unchanged.".to_owned())
                            .chain(errors.iter().map(ToString::to_string))
                            .collect(),
                    )),
                    Ok(shared) => {
                        let current = &state.session.answers;
                        let empty = current.vendors.is_empty() && current.answers.is_empty();
                        if empty || gloo::dialogs::confirm("Open the shared answers? They replace the answers saved in this browser.") {
                            state.dispatch(Msg::Load(shared));
                            step.set(Step::Plan);
                        }
                    }
                }
                // Reloading should not apply the link again.
                if let Ok(history) = gloo::utils::window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&location.pathname().unwrap_or_default()),
                    );
                }
            }
        });
    }

    // Autosave; when the browser refuses to keep anything, the visitor is told, once.
    let not_saved = use_state(|| false);
    {
        let answers = state.session.answers.clone();
        let key = storage_key.clone();
        let not_saved = not_saved.clone();
        use_effect_with(answers, move |answers| {
            let refused = !storage::save(&key, answers);
            if refused != *not_saved {
                not_saved.set(refused);
            }
        });
    }
    // The host's vendors, selected when the attribute is set or changes.
    {
        let state = state.clone();
        let vendors = embed
            .as_ref()
            .map(|e| e.vendors.clone())
            .unwrap_or_default();
        use_effect_with(vendors, move |vendors| {
            for v in vendors {
                state.dispatch(Msg::SelectVendor(v.clone()));
            }
        });
    }
    // `vendor-added` for each vendor that joins the selection, whoever added it; the vendors
    // restored from storage when the widget starts are not news.
    {
        let embed = embed.clone();
        let previous =
            use_mut_ref(|| None::<std::collections::BTreeSet<vendorplan_data::VendorId>>);
        use_effect_with(state.session.answers.vendors.clone(), move |vendors| {
            if let (Some(embed), Some(before)) = (&embed, previous.borrow().as_ref()) {
                for id in vendors.difference(before) {
                    embed.emit("vendor-added", serde_json::json!({ "vendor": id }));
                }
            }
            *previous.borrow_mut() = Some(vendors.clone());
        });
    }
    {
        let embed = embed.clone();
        use_effect_with(state.plan.clone(), move |plan| {
            if let Some(embed) = embed {
                embed.plan_changed(plan);
            }
        });
    }
    use_effect_with((), |_| crate::timing::mark("vendorplan:first-render"));
    // Effects run after the DOM is updated: this measures a changed answer to the plan on screen.
    use_effect_with(state.plan.clone(), |_| {
        crate::timing::measure("vendorplan:answer-to-plan", "vendorplan:msg")
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |msg: Msg| state.dispatch(msg))
    };
    let on_export = {
        let embed = embed.clone();
        Callback::from(move |format: &'static str| {
            if let Some(embed) = &embed {
                embed.emit("export", serde_json::json!({ "format": format }));
            }
        })
    };
    let confirm_then = |question: &'static str, forget_storage: bool| {
        let dispatch = dispatch.clone();
        let step = step.clone();
        let key = storage_key.clone();
        Callback::from(move |_| {
            if gloo::dialogs::confirm(question) {
                if forget_storage {
                    storage::forget(&key);
                }
                dispatch.emit(Msg::ForgetEverything);
                step.set(Step::Services);
            }
        })
    };
    let start_over = confirm_then(
        "Start over? Your selection and answers will be cleared.",
        false,
    );
    let forget = confirm_then("Forget everything Vendorplan stored in this browser?", true);

    let answers = &state.session.answers;
    let plan = &state.plan;
    let status = if answers.vendors.is_empty() {
        [
            "none selected".to_owned(),
            "pick a service first".to_owned(),
            "pick a service first".to_owned(),
        ]
    } else {
        [
            format!("{} selected", answers.vendors.len()),
            format!("{} open", plan.summary.unanswered),
            format!("{} actions", plan.summary.actions.total()),
        ]
    };
    let on_step = {
        let step = step.clone();
        Callback::from(move |s: Step| step.set(s))
    };
    // The steps shown: a host may hide some (never the plan).
    let steps: Vec<Step> = Step::iter()
        .filter(|s| !embed.as_ref().is_some_and(|e| e.hidden.contains(s)))
        .collect();
    let current = if steps.contains(&*step) {
        *step
    } else {
        steps[0]
    };
    let next = |from: Step| {
        let to = steps.iter().skip_while(|s| **s != from).nth(1).copied();
        let step = step.clone();
        match to {
            Some(to) => html! {
                <button type="button" class="next" onclick={Callback::from(move |_| step.set(to))}>{ format!("Next: {}", to.label().to_lowercase()) }</button>
            },
            None => html! {},
        }
    };

    let body = match (&route, current) {
        (Route::Vendor(id), _) => html! { <VendorDetail id={id.clone()} /> },
        (Route::Home, Step::Services) => html! {
            <section aria-labelledby="step-services-heading" class="step">
                <h2 id="step-services-heading">{ Step::Services.label() }</h2>
                <VendorPicker selected={answers.vendors.clone()} on_msg={dispatch.clone()} />
                { next(Step::Services) }
            </section>
        },
        (Route::Home, Step::Questions) => html! {
            <section aria-labelledby="step-questions-heading" class="step">
                <h2 id="step-questions-heading">{ Step::Questions.label() }</h2>
                <QuestionList answers={answers.clone()} on_msg={dispatch.clone()} />
                { next(Step::Questions) }
            </section>
        },
        (Route::Home, Step::Plan) => html! {
            <section aria-labelledby="step-plan-heading" class="step">
                <h2 id="step-plan-heading">{ Step::Plan.label() }</h2>
                <Downloads plan={plan.clone()} answers={answers.clone()} on_msg={dispatch.clone()} {on_export} />
                <PlanDashboard plan={plan.clone()} done={answers.done.clone()} notes={answers.notes.clone()} on_msg={dispatch.clone()} />
            </section>
        },
    };

    let compact = embed.as_ref().is_some_and(|e| e.compact);
    let onclick = embed.is_some().then(|| follow_link(route_handle.clone()));
    html! {
        <div class={classes!("vendorplan", embed.is_some().then_some("embedded"), compact.then_some("compact"))} {onclick}>
            if embed.is_none() {
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
            }
            <header class="site-header">
                <div>
                    <h1>{ "Vendorplan" }</h1>
                    <p class="tagline">{ "Pick the services you use, answer a few questions, and take away your GDPR plan. Everything stays in this browser." }</p>
                </div>
                <ThemeToggle target={embed.as_ref().and_then(Embed::theme_target)} />
            </header>
            if *not_saved {
                <p class="error banner" role="status" id="not-saved">
                    { "This browser does not let Vendorplan keep your work here (storage is off or full, as in some private windows). Nothing is lost while the page is open: download the plan file (JSON) to keep it, and import it next time." }
                </p>
            }
            if let Some(lines) = &*alert {
                <div class="error banner" role="alert" id="app-alert">
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    <button type="button" class="secondary" onclick={let alert = alert.clone(); Callback::from(move |_| alert.set(None))}>{ "Dismiss" }</button>
                </div>
            }
            if route == Route::Home {
                <Stepper steps={steps.clone()} {current} {status} on_select={on_step} />
            }
            <div class="layout">
                <main id="main" tabindex="-1">{ body }</main>
                <aside class="live" aria-label="Your plan so far">
                    <h2>{ "Your plan so far" }</h2>
                    <PlanSummary plan={plan.clone()} />
                </aside>
            </div>
            <footer class="site-footer">
                <p>{ "Guidance, not legal advice. Nothing you enter leaves this device." }</p>
                <FileImport on_msg={dispatch.clone()} />
                <div class="footer-buttons">
                    <button type="button" id="start-over" class="secondary" onclick={start_over}>{ "Start over" }</button>
                    <button type="button" id="forget" class="secondary" onclick={forget}>{ "Forget everything on this device" }</button>
                </div>
            </footer>
        </div>
    }
}

//! The root component: owns the session, saves it, follows the URL fragment, and lays out the
//! three steps with the plan's counts always in view.

use strum::IntoEnumIterator;
use vendorplan_core::catalog;
use vendorplan_core::data::t;
use vendorplan_core::session::Msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use vendorplan_core::export::{self, Day, Format};
use vendorplan_core::Answers;

use crate::components::downloads::Downloads;
use crate::components::file_import::FileImport;
use crate::components::language_menu::LanguageMenu;
use crate::components::plan_dashboard::PlanDashboard;
use crate::components::plan_summary::PlanSummary;
use crate::components::question_list::QuestionList;
use crate::components::stepper::Stepper;
use crate::components::theme_toggle::ThemeToggle;
use crate::components::vendor_detail::VendorDetail;
use crate::components::vendor_picker::VendorPicker;
use crate::crash;
use crate::embed::Embed;
use crate::i18n;
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
    let requested_lang = embed.as_ref().and_then(|e| e.lang.clone());
    let assets = embed.as_ref().map(|e| e.assets.clone()).unwrap_or_default();
    // The language wanted: the visitor's, the host's or the browser's. The app speaks it once
    // its file has loaded.
    let wanted = {
        let key = storage_key.clone();
        let requested = requested_lang.clone();
        use_state(move || {
            i18n::initial(
                storage::load_language(&key).as_deref(),
                requested.as_deref(),
            )
        })
    };
    // What was saved, read once; a damaged last save falls back to the one before it.
    let loaded = {
        let key = storage_key.clone();
        use_memo((), move |_| storage::load(&key))
    };
    let state = {
        let lang = (*wanted).clone();
        let answers = loaded.answers();
        use_reducer(move || AppState::new(answers, lang))
    };
    let data = state.data.0;
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
                match vendorplan_core::share::decode(&hash, data) {
                    Err(errors) => alert.set(Some(
                        std::iter::once(t!(data, "ui-share-link-broken"))
                            .chain(errors.iter().map(|e| e.describe(data)))
                            .collect(),
                    )),
                    Ok(shared) => {
                        let current = &state.session.answers;
                        let empty = current.vendors.is_empty() && current.answers.is_empty();
                        if empty || gloo::dialogs::confirm(&t!(data, "ui-share-link-confirm")) {
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

    // The visitor hears when the saved work could not be read back as it was written.
    let recovery = use_state(|| match *loaded {
        // `true`: the save before the damaged one came back; `false`: nothing could.
        storage::Loaded::Recovered(_) => Some(true),
        storage::Loaded::Unreadable => Some(false),
        storage::Loaded::Nothing | storage::Loaded::Saved(_) => None,
    });
    // The answers another tab saved over ours, until the visitor picks a side; meanwhile
    // nothing is saved here, so neither tab silently wipes the other's work.
    let conflict = use_state(|| None::<Answers>);
    // The storage listener outlives renders, so it compares with this, kept current.
    let mine = use_mut_ref(Answers::default);
    *mine.borrow_mut() = state.session.answers.clone();
    {
        let conflict = conflict.clone();
        let mine = mine.clone();
        use_effect_with(storage_key.clone(), move |key| {
            let key = key.clone();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    let field = |name: &str| js_sys::Reflect::get(e.as_ref(), &name.into()).ok();
                    let changed = field("key").and_then(|k| k.as_string());
                    // `localStorage.clear()` elsewhere sends no key: it concerns us only if
                    // our record is gone.
                    let ours = match &changed {
                        Some(changed) => *changed == key,
                        None => gloo::utils::window()
                            .local_storage()
                            .ok()
                            .flatten()
                            .is_some_and(|s| s.get_item(&key).ok().flatten().is_none()),
                    };
                    if !ours {
                        return;
                    }
                    let theirs = match field("newValue").and_then(|v| v.as_string()) {
                        Some(raw) => match storage::parse_record(&raw) {
                            Some(record) => record.answers,
                            // A damaged record is not a version to choose; ours replaces it.
                            None => return,
                        },
                        None => Answers::default(),
                    };
                    if theirs == *mine.borrow() {
                        conflict.set(None);
                    } else {
                        conflict.set(Some(theirs));
                    }
                });
            move || drop(listener)
        });
    }
    // Autosave; when the browser refuses to keep anything, the visitor is told, once. A browser
    // that blocks storage altogether is known from the start, before there is anything to save.
    let storage_off = *use_memo((), |_| !storage::available());
    let not_saved = use_state(|| false);
    {
        let answers = state.session.answers.clone();
        let key = storage_key.clone();
        let not_saved = not_saved.clone();
        use_effect_with((answers, conflict.is_some()), move |(answers, paused)| {
            if *paused {
                return;
            }
            let refused = !storage::save(&key, answers);
            if refused != *not_saved {
                not_saved.set(refused);
            }
        });
    }
    // The crash notice's texts follow the language, ready for a moment when nothing else runs.
    let root_ref = use_node_ref();
    {
        let id = *use_state(crash::next_id);
        let root_ref = root_ref.clone();
        let texts = crash::Texts::new(data);
        use_effect_with(texts, move |texts| {
            if let Some(root) = root_ref
                .cast::<web_sys::Element>()
                .and_then(|e| e.parent_element())
            {
                crash::register(id, root, texts.clone());
            }
            move || crash::unregister(id)
        });
    }
    // A host that changes its `lang` attribute asks for another language; the first value was
    // taken into account when the app started.
    {
        let wanted = wanted.clone();
        let previous = use_mut_ref(|| requested_lang.clone());
        use_effect_with(requested_lang.clone(), move |requested| {
            if *previous.borrow() != *requested {
                *previous.borrow_mut() = requested.clone();
                if let Some(code) = requested
                    .as_deref()
                    .map(vendorplan_core::data::i18n::primary)
                {
                    if catalog::language(&code).is_some() {
                        wanted.set(code);
                    }
                }
            }
        });
    }
    // Speak the wanted language as soon as its file is loaded; if it cannot be, say so and stay.
    // A widget removed while the file is on its way cancels the download and does nothing more.
    let lifetime = crate::lifetime::use_lifetime();
    {
        let state = state.clone();
        let wanted = wanted.clone();
        let alert = alert.clone();
        use_effect_with(
            ((*wanted).clone(), state.session.lang.clone()),
            move |(code, current)| {
                if code != current {
                    crate::timing::mark("vendorplan:language");
                    let (code, current) = (code.clone(), current.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = i18n::load(&code, &assets, lifetime.signal().as_ref()).await;
                        if lifetime.ended() {
                            return;
                        }
                        match loaded {
                            Ok(_) => state.dispatch(Msg::SetLanguage(code)),
                            Err(reason) => {
                                alert.set(Some(vec![t!(
                                    state.data.0,
                                    "ui-language-failed",
                                    reason = reason
                                )]));
                                wanted.set(current);
                            }
                        }
                    });
                }
            },
        );
    }
    // On Vendorplan's own page the document speaks the widget's language (screen readers,
    // hyphenation, the browser's translation offer); a host's page is the host's.
    {
        let embedded = embed.is_some();
        use_effect_with(state.session.lang.clone(), move |lang| {
            if !embedded {
                if let Some(root) = gloo::utils::document().document_element() {
                    let _ = root.set_attribute("lang", lang);
                }
                gloo::utils::document().set_title(&t!(catalog::dataset_in(lang), "ui-page-title"));
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
    // From picking a language to the page in it, its file fetched and applied on first use.
    use_effect_with(state.session.lang.clone(), |_| {
        crate::timing::measure("vendorplan:language-switch", "vendorplan:language")
    });
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
    let set_language = {
        let wanted = wanted.clone();
        let key = storage_key.clone();
        Callback::from(move |code: String| {
            storage::save_language(&key, &code);
            wanted.set(code);
        })
    };
    let confirm_then = |question: String, forget_storage: bool| {
        let dispatch = dispatch.clone();
        let step = step.clone();
        let key = storage_key.clone();
        Callback::from(move |_| {
            if gloo::dialogs::confirm(&question) {
                if forget_storage {
                    storage::forget(&key);
                }
                dispatch.emit(Msg::ForgetEverything);
                step.set(Step::Services);
            }
        })
    };
    // When the browser keeps nothing, the plan file is the way to take the work away.
    let export_now = {
        let plan = state.plan.clone();
        let on_export = on_export.clone();
        Callback::from(move |_| {
            let now = js_sys::Date::new_0();
            let made = Day {
                year: now.get_full_year() as i32,
                month: now.get_month() as u8 + 1,
                day: now.get_date() as u8,
            };
            let bytes = export::file(data, &plan, Format::Json, made, "").unwrap_or_default();
            let name =
                export::download_name(data, &plan.answers.organisation, Format::Json, "", made);
            crate::download::save(&name, Format::Json.mime(), &bytes);
            on_export.emit(Format::Json.extension());
        })
    };
    let resolve = |load_theirs: bool| {
        let conflict = conflict.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            if let Some(theirs) = (*conflict).clone() {
                if load_theirs {
                    dispatch.emit(Msg::Load(theirs));
                }
            }
            // Autosave resumes, which writes "mine" back when the visitor kept it.
            conflict.set(None);
        })
    };
    let start_over = confirm_then(t!(data, "ui-start-over-confirm"), false);
    let forget = confirm_then(t!(data, "ui-forget-confirm"), true);

    let answers = &state.session.answers;
    let plan = &state.plan;
    let status = if answers.vendors.is_empty() {
        [
            t!(data, "ui-status-none-selected"),
            t!(data, "ui-status-pick-first"),
            t!(data, "ui-status-pick-first"),
        ]
    } else {
        [
            t!(data, "ui-status-selected", count = answers.vendors.len()),
            t!(data, "ui-status-open", count = plan.summary.unanswered),
            t!(
                data,
                "ui-status-actions",
                count = plan.summary.actions.total()
            ),
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
                <button type="button" class="next" onclick={Callback::from(move |_| step.set(to))}>{ t!(data, "ui-next", step = to.label(data)) }</button>
            },
            None => html! {},
        }
    };

    let body = match (&route, current) {
        (Route::Vendor(id), _) => html! { <VendorDetail id={id.clone()} /> },
        (Route::Home, Step::Services) => html! {
            <section aria-labelledby="step-services-heading" class="step">
                <h2 id="step-services-heading">{ Step::Services.label(data) }</h2>
                <VendorPicker selected={answers.vendors.clone()} on_msg={dispatch.clone()} />
                { next(Step::Services) }
            </section>
        },
        (Route::Home, Step::Questions) => html! {
            <section aria-labelledby="step-questions-heading" class="step">
                <h2 id="step-questions-heading">{ Step::Questions.label(data) }</h2>
                <QuestionList answers={answers.clone()} on_msg={dispatch.clone()} />
                { next(Step::Questions) }
            </section>
        },
        (Route::Home, Step::Plan) => html! {
            <section aria-labelledby="step-plan-heading" class="step">
                <h2 id="step-plan-heading">{ Step::Plan.label(data) }</h2>
                <Downloads plan={plan.clone()} answers={answers.clone()} on_msg={dispatch.clone()} {on_export} />
                <PlanDashboard plan={plan.clone()} done={answers.done.clone()} notes={answers.notes.clone()} on_msg={dispatch.clone()} />
            </section>
        },
    };

    let compact = embed.as_ref().is_some_and(|e| e.compact);
    let onclick = embed.is_some().then(|| follow_link(route_handle.clone()));
    let lang = data.lang().to_owned();
    let menu_lang = (*wanted).clone();
    html! {
        <ContextProvider<i18n::Data> context={state.data}>
        <div ref={root_ref} class={classes!("vendorplan", embed.is_some().then_some("embedded"), compact.then_some("compact"))} lang={lang.clone()} {onclick}>
            if embed.is_none() {
                <a class="skip-link" href="#main">{ t!(data, "ui-skip-to-content") }</a>
            }
            <header class="site-header">
                <div>
                    <h1>{ "Vendorplan" }</h1>
                    <p class="tagline">{ t!(data, "ui-tagline") }</p>
                </div>
                <div class="header-menus">
                    <LanguageMenu current={menu_lang} on_change={set_language} />
                    <ThemeToggle target={embed.as_ref().and_then(Embed::theme_target)} />
                </div>
            </header>
            if storage_off || *not_saved {
                <div class="error banner" role="status" id="not-saved">
                    <p>{ if storage_off { t!(data, "rel-storage-off") } else { t!(data, "ui-not-saved") } }</p>
                    <button type="button" id="not-saved-export" onclick={export_now}>{ t!(data, "rel-export") }</button>
                </div>
            }
            if let Some(message) = *recovery {
                <div class="error banner" role="alert" id="save-recovered">
                    <p>{ if message { t!(data, "rel-recovered") } else { t!(data, "rel-unreadable") } }</p>
                    <button type="button" class="secondary" onclick={let recovery = recovery.clone(); Callback::from(move |_| recovery.set(None))}>{ t!(data, "ui-dismiss") }</button>
                </div>
            }
            if conflict.is_some() {
                <div class="error banner" role="alert" id="other-tab">
                    <p>{ t!(data, "rel-other-tab") }</p>
                    <div class="banner-buttons">
                        <button type="button" id="load-theirs" onclick={resolve(true)}>{ t!(data, "rel-load-theirs") }</button>
                        <button type="button" id="keep-mine" class="secondary" onclick={resolve(false)}>{ t!(data, "rel-keep-mine") }</button>
                    </div>
                </div>
            }
            if let Some(lines) = &*alert {
                <div class="error banner" role="alert" id="app-alert">
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    <button type="button" class="secondary" onclick={let alert = alert.clone(); Callback::from(move |_| alert.set(None))}>{ t!(data, "ui-dismiss") }</button>
                </div>
            }
            if route == Route::Home {
                <Stepper steps={steps.clone()} {current} {status} on_select={on_step} />
            }
            <div class="layout">
                <main id="main" tabindex="-1">{ body }</main>
                <aside class="live" aria-label={t!(data, "ui-plan-so-far")}>
                    <h2>{ t!(data, "ui-plan-so-far") }</h2>
                    <PlanSummary plan={plan.clone()} />
                </aside>
            </div>
            <footer class="site-footer">
                <p>{ t!(data, "ui-footer-note") }</p>
                <FileImport on_msg={dispatch.clone()} />
                <div class="footer-buttons">
                    <button type="button" id="start-over" class="secondary" onclick={start_over}>{ t!(data, "ui-start-over") }</button>
                    <button type="button" id="forget" class="secondary" onclick={forget}>{ t!(data, "ui-forget") }</button>
                </div>
            </footer>
        </div>
        </ContextProvider<i18n::Data>>
    }
}

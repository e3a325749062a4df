//! The root component: owns the state, saves it, and lays out the three steps.

use vendorplan_core::session::Msg;
use yew::prelude::*;

use crate::components::downloads::Downloads;
use crate::components::plan_view::PlanView;
use crate::components::question_list::QuestionList;
use crate::components::vendor_picker::VendorPicker;
use crate::state::AppState;
use crate::storage;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(storage::load().unwrap_or_default()));

    {
        let answers = state.session.answers.clone();
        use_effect_with(answers, storage::save);
    }

    let dispatch = {
        let state = state.clone();
        Callback::from(move |msg: Msg| state.dispatch(msg))
    };
    let forget = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            storage::forget();
            dispatch.emit(Msg::ForgetEverything);
        })
    };

    html! {
        <>
            <header class="site-header">
                <h1>{ "Vendorplan" }</h1>
                <p class="tagline">{ "Pick the services you use, answer a few questions, and take away your GDPR plan. Everything stays in this browser." }</p>
            </header>
            <main>
                <section aria-labelledby="step-vendors" class="step">
                    <h2 id="step-vendors">{ "1. Your services" }</h2>
                    <VendorPicker selected={state.session.answers.vendors.clone()} on_msg={dispatch.clone()} />
                </section>
                <section aria-labelledby="step-questions" class="step">
                    <h2 id="step-questions">{ "2. Questions" }</h2>
                    <QuestionList answers={state.session.answers.clone()} on_msg={dispatch.clone()} />
                </section>
                <section aria-labelledby="step-plan" class="step">
                    <h2 id="step-plan">{ "3. Your plan" }</h2>
                    <Downloads plan={state.plan.clone()} />
                    <PlanView plan={state.plan.clone()} />
                </section>
            </main>
            <footer class="site-footer">
                <p>{ "Guidance, not legal advice. Nothing you enter leaves this device." }</p>
                <button type="button" id="forget" onclick={forget}>{ "Forget everything on this device" }</button>
            </footer>
        </>
    }
}

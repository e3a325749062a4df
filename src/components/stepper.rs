use strum::IntoEnumIterator;
use vendorplan_core::data::t;
use yew::prelude::*;

use crate::view::Step;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    /// The steps shown, in order: all three unless a host hid some.
    pub steps: Vec<Step>,
    pub current: Step,
    /// A short status per step, such as "3 selected", for every step in `Step` order.
    pub status: [String; 3],
    pub on_select: Callback<Step>,
}

/// The steps as a numbered navigation bar; every step can be opened at any time.
#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    let data = crate::i18n::use_data();
    html! {
        <nav class="stepper" aria-label={t!(data, "ui-stepper")}>
            <ol>
                { for Step::iter().zip(props.status.iter()).filter(|(step, _)| props.steps.contains(step)).enumerate().map(|(n, (step, status))| {
                    let on_select = props.on_select.clone();
                    let current = step == props.current;
                    html! {
                        <li>
                            <button type="button" id={format!("{}-tab", step.id())}
                                aria-current={current.then_some("step")}
                                class={classes!(current.then_some("current"))}
                                onclick={Callback::from(move |_| on_select.emit(step))}>
                                <span class="step-label">{ t!(data, "ui-stepper-step", number = n + 1, step = step.label(data)) }</span>
                                <span class="step-status">{ status }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

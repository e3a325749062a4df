use strum::IntoEnumIterator;
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
    html! {
        <nav class="stepper" aria-label="Steps">
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
                                <span class="step-label">{ format!("{}. {}", n + 1, step.label()) }</span>
                                <span class="step-status">{ status }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

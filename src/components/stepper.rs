use strum::IntoEnumIterator;
use yew::prelude::*;

use crate::view::Step;

#[derive(Properties, PartialEq)]
pub struct StepperProps {
    pub current: Step,
    /// A short status per step, such as "3 selected".
    pub status: [String; 3],
    pub on_select: Callback<Step>,
}

/// The three steps as a navigation bar; every step can be opened at any time.
#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    html! {
        <nav class="stepper" aria-label="Steps">
            <ol>
                { for Step::iter().zip(props.status.iter()).map(|(step, status)| {
                    let on_select = props.on_select.clone();
                    let current = step == props.current;
                    html! {
                        <li>
                            <button type="button" id={format!("{}-tab", step.id())}
                                aria-current={current.then_some("step")}
                                class={classes!(current.then_some("current"))}
                                onclick={Callback::from(move |_| on_select.emit(step))}>
                                <span class="step-label">{ step.label() }</span>
                                <span class="step-status">{ status }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

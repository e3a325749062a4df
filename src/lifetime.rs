//! Work that outlives a render must end with the component. A host page may remove the widget
//! at any moment, in the middle of a fetch or a detection; what the widget started must then
//! neither fire into a component that is gone nor keep the browser busy for nothing.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};
use yew::prelude::*;

/// The time a component is on the page. Fetches made with its [`signal`](Lifetime::signal) are
/// cancelled when it leaves, and async work checks [`ended`](Lifetime::ended) after each await
/// before it touches the component's state.
#[derive(Clone, Debug)]
pub struct Lifetime {
    ended: Rc<Cell<bool>>,
    /// `None` only in a browser without `AbortController`; fetches then run to their end and
    /// are ignored.
    controller: Option<AbortController>,
}

impl Lifetime {
    fn new() -> Lifetime {
        Lifetime {
            ended: Rc::new(Cell::new(false)),
            controller: AbortController::new().ok(),
        }
    }

    fn end(&self) {
        self.ended.set(true);
        if let Some(c) = &self.controller {
            c.abort();
        }
    }

    /// Whether the component has left the page.
    pub fn ended(&self) -> bool {
        self.ended.get()
    }

    /// Aborts when the component leaves the page, for `fetch`.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// Waits for the browser's next task (a `setTimeout(0)`), so that it can paint and handle
    /// input. When the component leaves meanwhile, the timeout is cleared and the wait ends at
    /// once: no timer of a removed widget fires.
    pub async fn next_task(&self) {
        if self.ended() {
            return;
        }
        let window = gloo::utils::window();
        let signal = self.signal();
        let mut on_end = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let Ok(id) = window.set_timeout_with_callback(&resolve) else {
                let _ = resolve.call0(&JsValue::NULL);
                return;
            };
            let window = window.clone();
            on_end = signal.as_ref().map(|signal| {
                gloo::events::EventListener::once(signal, "abort", move |_| {
                    window.clear_timeout_with_handle(id);
                    let _ = resolve.call0(&JsValue::NULL);
                })
            });
        });
        let _ = JsFuture::from(promise).await;
        // Removes the abort listener when the timeout came first.
        drop(on_end);
    }
}

/// The calling component's [`Lifetime`], ended by its unmounting.
#[hook]
pub fn use_lifetime() -> Lifetime {
    let lifetime = (*use_memo((), |_| Lifetime::new())).clone();
    {
        let lifetime = lifetime.clone();
        use_effect_with((), move |_| move || lifetime.end());
    }
    lifetime
}

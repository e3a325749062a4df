use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::storage::THEME_KEY as KEY;

/// Light, dark or the system's choice; stored on this device and applied to `<html data-theme>`.
#[function_component(ThemeToggle)]
pub fn theme_toggle() -> Html {
    let theme = use_state(|| LocalStorage::get::<String>(KEY).unwrap_or_else(|_| "system".into()));
    {
        let theme = (*theme).clone();
        use_effect_with(theme, |theme| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("data-theme", theme);
            }
        });
    }
    let onchange = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            let _ = LocalStorage::set(KEY, &value);
            theme.set(value);
        })
    };
    html! {
        <label class="theme-toggle">
            { "Theme " }
            <select id="theme" {onchange}>
                { for [("system", "System"), ("light", "Light"), ("dark", "Dark")].iter().map(|(v, l)| html! {
                    <option value={*v} selected={*theme == *v}>{ *l }</option>
                }) }
            </select>
        </label>
    }
}

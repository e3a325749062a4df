use vendorplan_core::data::t;
use yew::prelude::*;

use crate::storage::THEME_KEY as KEY;

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    /// Where `data-theme` goes: the `<vendor-plan>` element when embedded, else `<html>`.
    pub target: Option<web_sys::HtmlElement>,
}

/// Light, dark or the system's choice; stored on this device and applied as `data-theme`. An
/// embedded widget starts from its `theme` attribute.
#[function_component(ThemeToggle)]
pub fn theme_toggle(props: &ThemeToggleProps) -> Html {
    let data = crate::i18n::use_data();
    let initial = props.target.as_ref().and_then(|t| t.get_attribute("theme"));
    let theme = use_state(|| {
        initial
            .or_else(|| crate::storage::load_preference(KEY))
            .unwrap_or_else(|| "system".into())
    });
    {
        let theme = (*theme).clone();
        let target = props.target.clone();
        use_effect_with((theme, target), |(theme, target)| {
            let element = match target {
                Some(t) => Some(t.clone().into()),
                None => gloo::utils::document().document_element(),
            };
            if let Some(element) = element {
                let _ = element.set_attribute("data-theme", theme);
            }
        });
    }
    let onchange = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            crate::storage::save_preference(KEY, &value);
            theme.set(value);
        })
    };
    html! {
        <label class="theme-toggle">
            { t!(data, "ui-theme") }{ " " }
            <select id="theme" {onchange}>
                { for [("system", t!(data, "ui-theme-system")), ("light", t!(data, "ui-theme-light")), ("dark", t!(data, "ui-theme-dark"))].into_iter().map(|(v, l)| html! {
                    <option value={v} selected={*theme == v}>{ l }</option>
                }) }
            </select>
        </label>
    }
}

use vendorplan_core::catalog;
use vendorplan_core::data::t;
use yew::prelude::*;

use crate::i18n::use_data;

#[derive(Properties, PartialEq)]
pub struct LanguageMenuProps {
    /// The code of the language shown.
    pub current: AttrValue,
    pub on_change: Callback<String>,
}

/// The languages of `i18n/languages.toml`, each named in itself. Switching keeps every answer.
#[function_component(LanguageMenu)]
pub fn language_menu(props: &LanguageMenuProps) -> Html {
    let data = use_data();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            on_change.emit(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            );
        })
    };
    html! {
        <label class="language-menu">
            { t!(data, "ui-language") }{ " " }
            <select id="language" {onchange}>
                { for catalog::languages().iter().map(|l| html! {
                    <option value={l.code.clone()} lang={l.code.clone()} selected={*props.current == *l.code}>{ &l.name }</option>
                }) }
            </select>
        </label>
    }
}

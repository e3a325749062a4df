//! The language the widget speaks: the visitor's own choice if they made one, else the host's
//! `lang` attribute (or `lang=` in a framed widget's query), else the first of the browser's
//! languages that we have, else English. Components read texts through [`use_data`], which
//! gives the data and messages of that language.

use vendorplan_core::catalog;
use vendorplan_core::data::i18n::negotiate;
use vendorplan_core::data::Dataset;
use yew::prelude::*;

/// The dataset of the current language, handed down by the app.
#[derive(Clone, Copy, Debug)]
pub struct Data(pub &'static Dataset);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The data and messages in the widget's language; English outside an app (tests of a lone
/// component).
#[hook]
pub fn use_data() -> &'static Dataset {
    use_context::<Data>().map_or_else(catalog::dataset, |d| d.0)
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let mut out: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

/// The language to start in: `saved` (the visitor's last choice), else `requested` (the host's
/// attribute), else the browser's, else English.
pub fn initial(saved: Option<&str>, requested: Option<&str>) -> String {
    let browser = browser_languages();
    let candidates = saved
        .into_iter()
        .chain(requested)
        .chain(browser.iter().map(String::as_str));
    negotiate(candidates, catalog::languages())
        .map(vendorplan_core::data::i18n::primary)
        .unwrap_or_else(|| catalog::languages()[0].code.clone())
}

/// The data in `code`, loading its language file first if needed: from the page itself when it
/// is the saved offline file (each language is inlined there), else from `assets` (the folder
/// the app is served from; empty for our own pages). `signal` cancels the download.
pub async fn load(
    code: &str,
    assets: &str,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<&'static Dataset, String> {
    if let Some(data) = catalog::ready(code) {
        return Ok(data);
    }
    let file = catalog::language_file(code).ok_or_else(|| format!("no language `{code}`"))?;
    let bytes = match inlined(code) {
        Some(bytes) => bytes,
        None => crate::offline::fetch_bytes(&format!("{assets}{file}"), signal).await?,
    };
    catalog::install(&bytes)
}

/// A language file inlined in the offline file as `<script type="application/octet-stream"
/// id="vendorplan-lang-<code>">` holding base64, which the browser never runs.
fn inlined(code: &str) -> Option<Vec<u8>> {
    let element = gloo::utils::document().get_element_by_id(&format!("vendorplan-lang-{code}"))?;
    let binary = gloo::utils::window()
        .atob(element.text_content()?.trim())
        .ok()?;
    // `atob` gives one char per byte.
    Some(binary.chars().map(|c| c as u8).collect())
}

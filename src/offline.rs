//! Working without a network: the service worker that keeps the hosted page available once it
//! has been opened, and the single file a visitor can save and open from disk.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit};

/// The single offline file, beside `index.html` on the site (see `cargo xtask dist`).
pub const OFFLINE_FILE: &str = "vendorplan.html";

/// Whether this page is a saved copy opened from disk, where there is no site to fetch from
/// and no service worker.
pub fn is_saved_copy() -> bool {
    gloo::utils::window().location().protocol().as_deref() == Ok("file:")
}

/// Registers `sw.js` when the page is served over HTTP(S) and the browser has service workers.
pub fn register_service_worker() {
    let window = gloo::utils::window();
    let served = matches!(
        window.location().protocol().as_deref(),
        Ok("https:") | Ok("http:")
    );
    let navigator = window.navigator();
    let available = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if served && available {
        // A failure only means no offline use; the page works as before.
        let _ = navigator.service_worker().register("./sw.js");
    }
}

/// The bytes of the single offline file, from the site or, offline, from the service worker's
/// cache (it keeps the file once it has been saved).
pub async fn offline_file(signal: Option<&AbortSignal>) -> Result<Vec<u8>, String> {
    fetch_bytes(OFFLINE_FILE, signal).await
}

/// The bytes at `url`, from the site or, offline, from the service worker's cache; `signal`
/// cancels the request (the widget left the page).
pub async fn fetch_bytes(url: &str, signal: Option<&AbortSignal>) -> Result<Vec<u8>, String> {
    let window = gloo::utils::window();
    let init = RequestInit::new();
    init.set_signal(signal);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| "no network, and no copy kept from an earlier visit".to_owned())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "an unexpected answer".to_owned())?;
    if !response.ok() {
        return Err(format!("the site answered {}", response.status()));
    }
    let body = response
        .array_buffer()
        .map_err(|_| "the file could not be read".to_owned())?;
    let buffer = JsFuture::from(body)
        .await
        .map_err(|_| "the file could not be read".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

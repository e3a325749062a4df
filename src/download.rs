//! Saving a generated file on the visitor's device: a Blob, an object URL and a click, with no
//! request to any server.

use wasm_bindgen::JsCast;

pub fn save(filename: &str, mime: &str, contents: &[u8]) {
    let blob = gloo::file::Blob::new_with_options(contents, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // `url` is revoked when dropped; the click has already handed the data to the browser.
}

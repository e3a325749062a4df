//! The app mounted in a real browser page (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn picking_a_vendor_adds_its_questions_and_actions() {
    LocalStorage::clear();
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<vendorplan_web::app::App>::with_root(host.clone()).render();
    settle().await;
    assert!(host.query_selector("#plan-empty").unwrap().is_some());

    let checkbox: HtmlInputElement = host
        .query_selector("#vendor-jumpcloud")
        .unwrap()
        .unwrap()
        .unchecked_into();
    checkbox.click();
    settle().await;
    assert!(host
        .query_selector("[data-question='jumpcloud.region_chosen']")
        .unwrap()
        .is_some());
    assert!(host
        .query_selector("[data-action-id='sign-dpa:jumpcloud']")
        .unwrap()
        .is_some());

    // Saying the DPA is signed removes that action at once.
    let yes: HtmlInputElement = host
        .query_selector("input[id='q-jumpcloud.dpa_signed-yes']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    yes.click();
    settle().await;
    assert!(host
        .query_selector("[data-action-id='sign-dpa:jumpcloud']")
        .unwrap()
        .is_none());
    // And the answer is autosaved.
    let saved: String = LocalStorage::get("vendorplan.answers").expect("autosaved answers");
    assert!(saved.contains(r#""jumpcloud.dpa_signed":"yes""#), "{saved}");
}

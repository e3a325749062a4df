//! The app mounted in a real browser page (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

async fn click(host: &web_sys::Element, selector: &str) {
    let el: web_sys::HtmlElement = host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} on the page"))
        .unchecked_into();
    el.click();
    settle().await;
}

fn has(host: &web_sys::Element, selector: &str) -> bool {
    host.query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn picking_a_vendor_adds_its_questions_and_actions() {
    LocalStorage::clear();
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<vendorplan_web::app::App>::with_root(host.clone()).render();
    settle().await;
    let summary = || {
        host.query_selector("#plan-summary")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(summary(), "No service selected yet.");

    click(&host, "#vendor-jumpcloud").await;
    assert!(summary().contains("actions:"), "{}", summary());
    click(&host, "#step-questions-tab").await;
    assert!(has(&host, "[data-question='jumpcloud.region_chosen']"));
    click(&host, "#step-plan-tab").await;
    assert!(has(&host, "[data-action-id='sign-dpa:jumpcloud']"));

    // Saying the DPA is signed removes that action at once.
    click(&host, "#step-questions-tab").await;
    click(&host, "input[id='q-jumpcloud.dpa_signed-yes']").await;
    click(&host, "#step-plan-tab").await;
    assert!(has(
        &host,
        "[data-action-id='record-of-processing:jumpcloud']"
    ));
    assert!(!has(&host, "[data-action-id='sign-dpa:jumpcloud']"));

    // Ticking an action off is saved with the answers.
    click(&host, "input[id='done-record-of-processing:jumpcloud']").await;
    let saved: String = LocalStorage::get("vendorplan.answers").expect("autosaved answers");
    assert!(saved.contains(r#""jumpcloud.dpa_signed":"yes""#), "{saved}");
    assert!(
        saved.contains(r#""done":["record-of-processing:jumpcloud"]"#),
        "{saved}"
    );

    // The registers are one tab away.
    click(&host, "#tab-transfers").await;
    assert!(host.query_selector("#tab-panel table").unwrap().is_some());
}

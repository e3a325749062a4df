//! `<vendor-plan>` on other people's pages: a plain page, one with a heavy CSS framework and
//! one with a strict Content-Security-Policy (all in `examples/`, served from `dist/examples/`).
//! The widget lives in a shadow root; these helpers look inside it.

use std::time::{Duration, Instant};

use fantoccini::elements::{Element, ShadowRoot};
use fantoccini::Locator;
use serde_json::Value;

use crate::harness::{dist, serve, Browser};

/// The shadow root of the widget `#id`, once the widget has rendered in it.
pub(crate) async fn widget(b: &Browser, id: &str) -> ShadowRoot {
    let host = b.wait(&format!("vendor-plan#{id}")).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(root) = host.shadow_root().await {
            if root.find(Locator::Css(".vendorplan")).await.is_ok() {
                return root;
            }
        }
        assert!(Instant::now() < deadline, "the widget #{id} never rendered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// An element inside a widget, waiting for it to appear.
pub(crate) async fn inside(root: &ShadowRoot, css: &str) -> Element {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(e) = root.find(Locator::Css(css)).await {
            return e;
        }
        assert!(Instant::now() < deadline, "waiting for {css} in the widget");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the widget in the iframe example's `#frame` has rendered; the browser stays on
/// the host page.
pub(crate) async fn frame_rendered(b: &Browser) {
    b.wait("#frame").await;
    b.client.enter_frame(0).await.unwrap();
    b.wait("#vendor-search").await;
    b.client.enter_parent_frame().await.unwrap();
}

pub(crate) async fn click_inside(root: &ShadowRoot, css: &str) {
    inside(root, css).await.click().await.expect("a click");
}

async fn gone_inside(root: &ShadowRoot, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while root.find(Locator::Css(css)).await.is_ok() {
        assert!(Instant::now() < deadline, "{css} is still in the widget");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(b: &Browser, script: &str) -> Value {
    b.client
        .execute(script, vec![])
        .await
        .expect("the script runs")
}

/// The events a host page recorded in `window.vendorplanEvents`: from the element
/// (examples/host.js) or by `postMessage` from the frame (examples/frame-host.js).
async fn host_events(b: &Browser, kind: &str) -> Vec<Value> {
    let events = js(b, "return window.vendorplanEvents").await;
    events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == kind)
        .cloned()
        .collect()
}

/// A computed style of an element inside the widget.
async fn style(b: &Browser, root: &ShadowRoot, css: &str, property: &str) -> String {
    let e = inside(root, css).await;
    b.client
        .execute(
            "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])",
            vec![serde_json::to_value(&e).unwrap(), property.into()],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

pub(crate) async fn no_host_errors(b: &Browser) {
    let errors = js(b, "return window.vendorplanErrors").await;
    assert_eq!(errors, Value::Array(vec![]), "errors on the host page");
}

/// The flow every host page must support: the preselected vendor is in the plan, the host
/// hears about it, and a changed attribute takes effect at once.
async fn flow(b: &Browser, page: &str) {
    let root = widget(b, "plan").await;
    // The plain page hides the questions step (`hide-steps="questions"`); the others show it.
    if page == "plain" {
        gone_inside(&root, "#step-questions-tab").await;
        inside(&root, "#step-services-tab").await;
    } else {
        inside(&root, "#step-questions-tab").await;
    }
    click_inside(&root, "#step-plan-tab").await;
    inside(&root, "[data-action-id='record-of-processing:jumpcloud']").await;
    let changed = host_events(b, "vendorplan:plan-changed").await;
    let last = changed
        .last()
        .unwrap_or_else(|| panic!("{page}: no plan-changed event"));
    assert_eq!(last["detail"]["vendors"], 1, "{page}: {last}");
    assert!(last["detail"]["actions"].as_u64().unwrap() > 0);
    assert!(
        last["detail"].get("answers").is_none(),
        "events carry counts, not answers"
    );

    js(
        b,
        "document.getElementById('plan').setAttribute('vendors', 'jumpcloud,stripe')",
    )
    .await;
    inside(&root, "[data-action-id='record-of-processing:stripe']").await;
    let added = host_events(b, "vendorplan:vendor-added").await;
    assert!(
        added.iter().any(|e| e["detail"]["vendor"] == "stripe"),
        "{page}: {added:?}"
    );

    // Vendor pages open inside the widget; the host's URL stays as it was.
    let url = b.client.current_url().await.unwrap();
    click_inside(&root, ".risk-list a").await;
    inside(&root, ".vendor-detail").await;
    assert_eq!(
        b.client.current_url().await.unwrap(),
        url,
        "{page}: the host's URL changed"
    );
    no_host_errors(b).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_element_works_on_a_plain_page_a_framework_page_and_a_strict_csp_page() {
    let site = serve(dist());
    let b = Browser::start(false).await;
    for page in ["plain", "framework", "strict-csp"] {
        open_host_page(&b, &site, page).await;
        flow(&b, page).await;
    }
    site.assert_no_csp_violations();

    // On the framework page, the framework's !important rules stay outside the widget.
    b.client
        .goto(&format!("{site}/examples/framework.html"))
        .await
        .unwrap();
    let root = widget(&b, "plan").await;
    assert!(!style(&b, &root, "h1", "font-family")
        .await
        .contains("Comic"));
    assert_ne!(style(&b, &root, "h1", "color").await, "rgb(204, 0, 0)");
    assert_eq!(
        style(&b, &root, "#step-plan-tab", "box-sizing").await,
        "border-box"
    );
    assert_ne!(
        style(&b, &root, "#step-plan-tab", "background-color").await,
        "rgb(255, 105, 180)"
    );
    // The host's accent colour reaches in through the custom property, as documented.
    assert_eq!(
        style(&b, &root, ".stepper button.current", "background-color").await,
        "rgb(107, 44, 145)"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_widgets_keep_apart_and_one_can_leave_and_come_back() {
    let site = serve(dist());
    let b = host_page(&site, "strict-csp", false).await;
    let first = widget(&b, "plan").await;
    let second = widget(&b, "second").await;
    click_inside(&first, "#step-plan-tab").await;
    inside(&first, "[data-action-id='record-of-processing:jumpcloud']").await;
    // The second widget has nothing selected, and selecting there changes nothing in the first.
    click_inside(&second, "#step-plan-tab").await;
    inside(&second, "#plan-empty").await;
    click_inside(&second, "#step-services-tab").await;
    click_inside(&second, "#vendor-stripe").await;
    click_inside(&second, "#step-plan-tab").await;
    inside(&second, "[data-action-id='record-of-processing:stripe']").await;
    gone_inside(&first, "[data-action-id='record-of-processing:stripe']").await;

    // Removed and put back, the widget comes back with its work, and nothing fails.
    js(
        &b,
        "window.kept = document.getElementById('plan'); window.kept.remove()",
    )
    .await;
    js(&b, "document.body.append(window.kept)").await;
    let first = widget(&b, "plan").await;
    click_inside(&first, "#step-plan-tab").await;
    inside(&first, "[data-action-id='record-of-processing:jumpcloud']").await;
    // Removed for good: its app is gone and nothing keeps running.
    js(&b, "document.getElementById('second').remove()").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    no_host_errors(&b).await;
    site.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_an_iframe_it_talks_only_to_the_origins_it_is_given() {
    let site = serve(dist());
    let port = site.base.rsplit(':').next().unwrap().to_owned();
    // The host page on one origin, the widget on another: localhost and 127.0.0.1.
    let host =
        format!("http://localhost:{port}/examples/iframe.html?widget=http://127.0.0.1:{port}/");
    let b = Browser::start(false).await;

    // Allowed: events come out, and the host's configure message is obeyed.
    b.client.goto(&format!("{host}&key=allowed")).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while host_events(&b, "vendorplan:plan-changed").await.is_empty() {
        assert!(Instant::now() < deadline, "no event from the frame");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    b.click("#add-stripe").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let changed = host_events(&b, "vendorplan:plan-changed").await;
        if changed.last().is_some_and(|e| e["detail"]["vendors"] == 2) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the allowed host could not configure: {changed:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Not allowed: the same page, but the frame is told to trust another origin only. It
    // renders, says nothing to this page, and ignores its message.
    b.client
        .goto(&format!("{host}&key=other&allow=https://elsewhere.example"))
        .await
        .unwrap();
    frame_rendered(&b).await;
    b.click("#add-stripe").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        js(&b, "return window.vendorplanEvents.length").await == 0,
        "events reached a page not allowed"
    );
    b.client.enter_frame(0).await.unwrap();
    b.click("#step-plan-tab").await;
    b.wait("[data-action-id='record-of-processing:jumpcloud']")
        .await;
    let stripe = b
        .client
        .find(fantoccini::Locator::Css(
            "[data-action-id='record-of-processing:stripe']",
        ))
        .await;
    assert!(
        stripe.is_err(),
        "a message from an origin not allowed changed the widget"
    );
    b.client.enter_parent_frame().await.unwrap();
    site.assert_no_csp_violations();
    b.close().await;
}

/// What `teardown.js` found left behind by the widget removed as `window.kept` (if any), by
/// kind; every list must be empty.
pub(crate) async fn left_behind(b: &Browser) -> Value {
    js(b, "return window.__teardown.leftBehind(window.kept)").await
}

/// Removes the widget `#id` (kept as `window.kept`), gives the teardown `settle` to finish,
/// then, for another second, sends what could wake a listener left behind: a change of its
/// saved work from another tab, a message, a fragment change, a click on the element. Returns
/// how many timers and fetches of the widget were under way when it was removed.
async fn remove_and_wait(b: &Browser, id: &str, settle: Duration) -> (u64, u64) {
    let under_way = js(
        b,
        &format!(
            "const t = window.__teardown;
             const under_way = [t.timers.filter(x => !x.done).length, t.fetches.filter(f => f.delivered === null).length];
             window.kept = document.getElementById('{id}');
             t.since = performance.now();
             window.kept.remove();
             return under_way;"
        ),
    )
    .await;
    tokio::time::sleep(settle).await;
    js(
        b,
        &format!(
            "window.__teardown.settled = performance.now();
             window.dispatchEvent(new StorageEvent('storage', {{ key: 'vendorplan.answers.{id}', newValue: null }}));
             window.postMessage({{ type: 'vendorplan:configure', vendors: ['stripe'] }}, '*');
             location.hash = '#vendor/stripe';
             window.kept.click();"
        ),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    js(b, "history.replaceState(null, '', location.pathname)").await;
    (
        under_way[0].as_u64().unwrap(),
        under_way[1].as_u64().unwrap(),
    )
}

fn assert_nothing_left(left: &Value, when: &str) {
    let leaks: Vec<String> = left
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| !v.as_array().unwrap().is_empty())
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    assert!(
        leaks.is_empty(),
        "{when}, the widget left behind:\n{}",
        leaks.join("\n")
    );
}

/// A browser on the example host page `page` with nothing saved from an earlier test, and when
/// `watch`, `teardown.js` recording timers, listeners and writes from before the first script.
async fn host_page(site: &crate::harness::Site, page: &str, watch: bool) -> Browser {
    let b = Browser::start(false).await;
    if watch {
        b.before_scripts(include_str!("teardown.js")).await;
    }
    open_host_page(&b, site, page).await;
    b
}

/// Opens the example host page `page` with nothing saved from before.
async fn open_host_page(b: &Browser, site: &crate::harness::Site, page: &str) {
    b.client
        .goto(&format!("{site}/examples/{page}.html"))
        .await
        .unwrap();
    js(b, "localStorage.clear()").await;
    b.client.refresh().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_host_that_removes_the_element_mid_flow_leaves_nothing_running() {
    let site = serve(dist());
    let b = host_page(&site, "plain", true).await;
    let root = widget(&b, "plan").await;
    click_inside(&root, "#step-plan-tab").await;
    inside(&root, "[data-action-id='record-of-processing:jumpcloud']").await;
    click_inside(&root, "#step-services-tab").await;

    // Work under way at once: a detection on a large paste, reading in chunks with a timeout
    // between each, and a language file on its way (held back by teardown.js).
    click_inside(&root, ".detect summary").await;
    let input = inside(&root, "#detect-input").await;
    b.client
        .execute(
            "arguments[0].value = '<script src=\"https://static.hotjar.com/c/hotjar-1.js\"></script>\\n'.repeat(130000)",
            vec![serde_json::to_value(&input).unwrap()],
        )
        .await
        .unwrap();
    click_inside(&root, "#detect-run").await;
    inside(&root, "#detect-progress").await;
    inside(&root, "#language")
        .await
        .select_by_value("de")
        .await
        .unwrap();

    // Longer than the held-back fetch and than the rest of the detection would take.
    let (timers, fetches) = remove_and_wait(&b, "plan", Duration::from_secs(5)).await;
    assert!(
        timers >= 1 && fetches == 1,
        "the work was under way at the removal: {timers} timers, {fetches} fetches"
    );
    assert_nothing_left(&left_behind(&b).await, "removed mid-flow");
    no_host_errors(&b).await;

    // The wasm is alive and well: the element put back shows its work again, in the language
    // the visitor chose.
    js(&b, "document.body.append(window.kept)").await;
    let root = widget(&b, "plan").await;
    speaks(&root, "de").await;
    click_inside(&root, "#step-plan-tab").await;
    inside(&root, "[data-action-id='record-of-processing:jumpcloud']").await;
    // Removed for good at rest: nothing of the second life is left either.
    remove_and_wait(&b, "plan", Duration::from_millis(500)).await;
    assert_nothing_left(&left_behind(&b).await, "removed at rest");
    no_host_errors(&b).await;
    site.assert_no_csp_violations();
    b.close().await;
}

/// Waits until the widget in `root` speaks `code`.
async fn speaks(root: &ShadowRoot, code: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while inside(root, ".vendorplan")
        .await
        .attr("lang")
        .await
        .unwrap()
        .as_deref()
        != Some(code)
    {
        assert!(Instant::now() < deadline, "the widget never spoke {code}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_shows_each_widget_its_notice_in_its_own_shadow_root_and_spares_the_host() {
    let site = serve(dist());
    let b = host_page(&site, "strict-csp", true).await;
    let first = widget(&b, "plan").await;
    let second = widget(&b, "second").await;
    // The visitor chose German in the first widget; the second stays in English.
    inside(&first, "#language")
        .await
        .select_by_value("de")
        .await
        .unwrap();
    speaks(&first, "de").await;
    click_inside(&first, "#step-plan-tab").await;
    inside(&first, "[data-action-id='record-of-processing:jumpcloud']").await;
    let key = "vendorplan.answers.plan";
    let saved = (
        crate::reliability::stored(&b, key).await,
        crate::reliability::stored(&b, &format!("{key}.previous")).await,
    );
    assert!(saved.0.is_some(), "the first widget saved its work");

    // The documented crash hook, from the module the element runs on (a host page has no
    // `window.wasmBindings`): the release build aborts and the one wasm instance both widgets
    // share is dead.
    let element_script = std::fs::read_to_string(dist().join("vendorplan.js")).unwrap();
    let module = element_script
        .split("from \"./")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("vendorplan.js imports the app's module");
    let thrown = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__teardown.since = performance.now();
             import(new URL(arguments[0], location.origin + '/').href).then(
               (m) => { try { m.simulate_crash(); done('returned'); } catch (e) { done(String(e)); } },
               (e) => done('import failed: ' + e));",
            vec![module.into()],
        )
        .await
        .unwrap();
    let thrown = thrown.as_str().unwrap_or_default();
    assert!(
        thrown != "returned" && !thrown.starts_with("import failed"),
        "the crash did not happen: {thrown}"
    );

    // Each widget shows the notice inside its own shadow root, in its own language.
    let notice = inside(&first, "#crashed").await;
    assert_eq!(notice.attr("lang").await.unwrap().as_deref(), Some("de"));
    let text = notice.text().await.unwrap();
    assert!(text.contains("Etwas ist schiefgelaufen"), "{text}");
    let notice = inside(&second, "#crashed").await;
    assert_eq!(notice.attr("lang").await.unwrap().as_deref(), Some("en"));
    let text = notice.text().await.unwrap();
    assert!(text.contains("Something went wrong"), "{text}");
    // Nothing of it in the host's own document.
    assert_eq!(
        js(
            &b,
            "return document.querySelectorAll('#crashed, #crash-reload, .crashed').length"
        )
        .await,
        0
    );

    // The host page goes on: its own script still runs and updates its own elements.
    let logged = js(
        &b,
        "document.dispatchEvent(new CustomEvent('vendorplan:export', { detail: { format: 'from-the-host' } }));
         return document.querySelector('#event-log li').textContent",
    )
    .await;
    assert!(
        logged.as_str().unwrap().contains("from-the-host"),
        "{logged}"
    );
    // What the host does to the elements afterwards raises no error and brings no app back: a
    // click in the notice reaches no code of the dead app, a changed attribute leaves the notice
    // in place, a widget placed on the page after the crash shows the notice (an app there
    // could not save), and a widget can still be removed.
    click_inside(&first, "#crashed p").await;
    js(
        &b,
        "document.getElementById('plan').setAttribute('vendors', 'stripe')",
    )
    .await;
    js(
        &b,
        "const later = document.createElement('vendor-plan'); later.id = 'later'; later.setAttribute('lang', 'de'); document.body.append(later)",
    )
    .await;
    js(&b, "document.getElementById('second').remove()").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let host = b.wait("vendor-plan#later").await;
    let later = host.shadow_root().await.unwrap();
    let notice = inside(&later, "#crashed").await;
    // In the language the host asks for, which is loaded already (a dead app fetches nothing).
    assert_eq!(notice.attr("lang").await.unwrap().as_deref(), Some("de"));
    assert!(notice
        .text()
        .await
        .unwrap()
        .contains("Etwas ist schiefgelaufen"));
    for root in [&first, &later] {
        assert!(
            root.find(Locator::Css(".site-header")).await.is_err(),
            "an app rendered after the crash"
        );
    }
    inside(&first, "#crashed").await;
    let left = left_behind(&b).await;
    assert_eq!(
        left["listenerCallsAfter"],
        Value::Array(vec![]),
        "the dead app was called"
    );
    assert_eq!(
        js(&b, "return window.__teardown.errors.length").await,
        1,
        "more than the crash itself went wrong: {}",
        js(&b, "return window.__teardown.errors").await
    );
    no_host_errors(&b).await;
    // The dead app wrote nothing: the save is as it was before the crash.
    assert_eq!(
        (
            crate::reliability::stored(&b, key).await,
            crate::reliability::stored(&b, &format!("{key}.previous")).await
        ),
        saved
    );

    // Reload brings the work back, in the visitor's language.
    click_inside(&first, "#crash-reload").await;
    let first = widget(&b, "plan").await;
    speaks(&first, "de").await;
    click_inside(&first, "#step-plan-tab").await;
    inside(&first, "[data-action-id='record-of-processing:jumpcloud']").await;
    no_host_errors(&b).await;
    site.assert_no_csp_violations();
    b.close().await;
}

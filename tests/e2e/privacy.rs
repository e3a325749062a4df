//! The widget's privacy promise, checked on the wire: every request Chromium sends goes through
//! a recording proxy, whatever its host. Loading the page may fetch the site's own files and
//! nothing else; once loaded, the whole flow makes no request at all, except the one the visitor
//! asks for when saving the offline file. Downloads are made in the page (blob: URLs) and never
//! reach the network.

use std::time::{Duration, Instant};

use crate::german_employer_with_jumpcloud;
use crate::harness::{dist, serve, Browser, Proxy, Seen};

const ACTION: &str = "works-council-codetermination-de:jumpcloud";

/// The requests as lines for a failure message.
fn listed(requests: &[Seen]) -> String {
    requests.iter().map(|r| format!("\n  {r}")).collect()
}

/// Waits for the page to have settled and returns what it requested meanwhile. A request the
/// last click started may reach the proxy a moment later, so the log must stay quiet for a while.
async fn settled(proxy: &Proxy) -> Vec<Seen> {
    let mut requests = Vec::new();
    let mut quiet_since = Instant::now();
    while quiet_since.elapsed() < Duration::from_secs(2) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let more = proxy.take();
        if !more.is_empty() {
            requests.extend(more);
            quiet_since = Instant::now();
        }
    }
    requests
}

/// Everything a visitor does: search and pick services, answer, work through the plan, download
/// every format, import a file and copy a share link.
async fn whole_flow(b: &Browser) {
    let search = b.wait("#vendor-search").await;
    search.send_keys("mailchimp").await.unwrap();
    b.click("#vendor-mailchimp").await;
    // Clearing the field alone sends no input event; typing the next name filters anew.
    search.clear().await.unwrap();
    search.send_keys("jumpcloud").await.unwrap();
    german_employer_with_jumpcloud(b).await;

    let action = format!("[data-action-id='{ACTION}']");
    b.click(&format!("{action} summary")).await;
    b.click(&format!("input[id='done-{ACTION}']")).await;
    b.wait(&format!("{action}.done")).await;
    for tab in ["records", "processors", "transfers", "cookies", "actions"] {
        b.click(&format!("#tab-{tab}")).await;
    }

    let stem = "vendorplan-gdpr-plan";
    for ext in ["md", "html", "pdf", "docx"] {
        b.click(&format!("#download-{ext}")).await;
        b.download(stem, ext).await;
    }
    b.click("#download-ics").await;
    b.download("vendorplan-gdpr-reviews", "ics").await;
    b.click("#download-csv").await;
    let table = vendorplan_core::report::TABLES[0];
    b.download(&format!("vendorplan-{table}"), "csv").await;
    b.click("#download-json").await;
    let plan = b.downloaded_plan().await;

    let file = b.downloads.join("import.json");
    std::fs::write(&file, plan).unwrap();
    b.wait("#import-file")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    b.wait("#import-status").await;

    b.click("#share-link").await;
    b.wait("#share-url").await;
}

/// The page's cookies, which must stay empty: nothing the widget keeps travels with a request.
async fn cookies(b: &Browser) -> String {
    let cookie = b
        .client
        .execute("return document.cookie", vec![])
        .await
        .unwrap();
    cookie.as_str().unwrap_or_default().to_owned()
}

/// Waits until the service worker has cached the site's files and taken over the page.
async fn service_worker_in_control(b: &Browser) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while b
        .client
        .execute("return !!navigator.serviceWorker.controller", vec![])
        .await
        .unwrap()
        .as_bool()
        != Some(true)
    {
        assert!(
            Instant::now() < deadline,
            "no service worker took over the page"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// Each test closes its browser before it asserts on what was recorded, so that a failure does
// not leave ChromeDriver and Chromium running.

#[tokio::test(flavor = "multi_thread")]
async fn the_hosted_page_requests_only_its_own_files_and_nothing_once_loaded() {
    let site = serve(dist());
    let proxy = Proxy::start(Some(&site));
    let b = Browser::through(&proxy).await;
    b.client.goto(&format!("{site}/index.html")).await.unwrap();
    b.wait("#plan-summary").await;
    // Loading includes the service worker's install, which fetches the site's files again.
    service_worker_in_control(&b).await;
    let load = settled(&proxy).await;

    whole_flow(&b).await;
    let after = settled(&proxy).await;

    // The one request a visitor may cause: saving the offline file fetches it from the site.
    b.click("#save-offline").await;
    b.download_named("vendorplan.html").await;
    let saved = settled(&proxy).await;
    let cookie = cookies(&b).await;
    b.close().await;

    println!("requests while loading:{}", listed(&load));
    let own = format!("GET {site}/");
    assert!(
        load.iter().all(|r| r.line.starts_with(&own)),
        "while loading, requests other than GET for the site's own files:{}",
        listed(&load)
    );
    // A violation report is a request too; checked first, its message says what was refused.
    site.assert_no_csp_violations();
    assert!(
        after.is_empty(),
        "requests after the page had loaded:{}",
        listed(&after)
    );
    let lines: Vec<&str> = saved.iter().map(|r| r.line.as_str()).collect();
    assert_eq!(
        lines,
        [format!("GET {site}/vendorplan.html")],
        "saving the offline file fetches that file and nothing else"
    );
    assert_eq!(cookie, "", "the page set a cookie");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_offline_file_makes_no_request_at_all() {
    let file = dist().join("vendorplan.html");
    let proxy = Proxy::start(None);
    let b = Browser::through(&proxy).await;
    b.client
        .goto(&format!("file://{}", file.display()))
        .await
        .unwrap();
    b.wait("#vendor-search").await;
    let load = settled(&proxy).await;
    whole_flow(&b).await;
    let after = settled(&proxy).await;
    let cookie = cookies(&b).await;
    b.close().await;

    assert!(
        load.is_empty(),
        "requests while loading the offline file:{}",
        listed(&load)
    );
    assert!(
        after.is_empty(),
        "requests from the offline file once loaded:{}",
        listed(&after)
    );
    assert_eq!(cookie, "", "the page set a cookie");
}

#[tokio::test(flavor = "multi_thread")]
async fn embedded_as_an_element_or_in_a_frame_it_requests_only_its_own_files() {
    use crate::embed::{click_inside, frame_rendered, inside, widget};

    let site = serve(dist());
    let proxy = Proxy::start(Some(&site));
    let b = Browser::through(&proxy).await;
    let own = format!("GET {site}/");

    // The element: load, then pick a service, open the plan and download from inside it.
    b.client
        .goto(&format!("{site}/examples/plain.html"))
        .await
        .unwrap();
    let root = widget(&b, "plan").await;
    let element_load = settled(&proxy).await;
    click_inside(&root, "#step-services-tab").await;
    click_inside(&root, "#vendor-stripe").await;
    click_inside(&root, "#step-plan-tab").await;
    inside(&root, "[data-action-id='record-of-processing:stripe']").await;
    for ext in ["pdf", "json"] {
        click_inside(&root, &format!("#download-{ext}")).await;
        b.download("vendorplan-gdpr-plan", ext).await;
    }
    let element_after = settled(&proxy).await;

    // The frame: load, then the host configures it by message.
    b.client
        .goto(&format!("{site}/examples/iframe.html"))
        .await
        .unwrap();
    frame_rendered(&b).await;
    let frame_load = settled(&proxy).await;
    b.click("#add-stripe").await;
    let frame_after = settled(&proxy).await;
    let cookie = cookies(&b).await;
    b.close().await;

    for (mode, load) in [("element", &element_load), ("frame", &frame_load)] {
        assert!(
            load.iter().all(|r| r.line.starts_with(&own)),
            "{mode}: while loading, requests other than the site's own files:{}",
            listed(load)
        );
    }
    site.assert_no_csp_violations();
    assert!(
        element_after.is_empty(),
        "element: requests after load:{}",
        listed(&element_after)
    );
    assert!(
        frame_after.is_empty(),
        "frame: requests after load:{}",
        listed(&frame_after)
    );
    assert_eq!(cookie, "", "the page set a cookie");
}

//! Detection from files: a HAR fixture through the file input, and a generated 20 MB HAR that
//! must leave the page responsive while it is read.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::{axe_violations, dist, serve, Browser};

#[path = "../support/big_har.rs"]
mod big_har;
use big_har::big_har;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/detect")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_har_file_finds_the_vendors_and_adds_them() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.click(".detect summary").await;
    b.wait("#detect-file")
        .await
        .send_keys(&fixture("stripe-checkout.har"))
        .await
        .unwrap();
    let stripe = b
        .wait("[data-finding='stripe']")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        stripe.contains("request to https://js.stripe.com/v3/")
            && stripe.contains("cookie __stripe_mid sent to shop.lumen-candles.co.uk"),
        "{stripe}"
    );
    let cloudflare = b
        .wait("[data-finding='cloudflare']")
        .await
        .text()
        .await
        .unwrap();
    assert!(cloudflare.contains("cdnjs.cloudflare.com"), "{cloudflare}");
    let found = b.wait("#detect-findings").await;
    assert_eq!(
        found
            .find_all(fantoccini::Locator::Css("li"))
            .await
            .unwrap()
            .len(),
        2
    );
    let summary = b.wait("#detect-summary").await.text().await.unwrap();
    assert_eq!(summary, "HAR file: 11 addresses checked, 2 services found.");

    let violations = axe_violations(&b).await;
    assert!(violations.is_empty(), "{violations:#?}");

    // Both confirmed at once (one at a time is the pasted-HTML test in main.rs).
    b.click("#detect-add-all").await;
    b.wait("[data-finding='stripe'] .ok").await;
    b.wait("[data-finding='cloudflare'] .ok").await;
    b.gone("#detect-add-all").await;
    let count = b.wait("#selected-count").await.text().await.unwrap();
    assert_eq!(count, "2 selected");
    b.wait("#vendor-stripe:checked").await;
    b.wait("#vendor-cloudflare:checked").await;
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_20_mb_har_leaves_the_page_responsive() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.click(".detect summary").await;
    let path = b.downloads.join("big-site.har");
    std::fs::write(&path, big_har(20 << 20)).unwrap();

    // Long tasks (over 50 ms) are recorded by the browser; frames count how often it painted.
    b.client
        .execute(
            "window.__longest = 0; window.__longTasks = 0; window.__frames = 0; window.__sawProgress = false;
             new PerformanceObserver(list => { for (const e of list.getEntries()) { window.__longTasks++; window.__longest = Math.max(window.__longest, e.duration); } }).observe({type: 'longtask'});
             new MutationObserver(() => { if (document.querySelector('#detect-progress')) window.__sawProgress = true; }).observe(document.body, {subtree: true, childList: true});
             (function frame() { window.__frames++; requestAnimationFrame(frame); })();
             return true;",
            vec![],
        )
        .await
        .unwrap();
    // The instrument works: a 120 ms task of our own is seen, then the counts start afresh.
    b.client
        .execute(
            "setTimeout(() => { const t = performance.now(); while (performance.now() - t < 120) {} }, 0); return true;",
            vec![],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let seen = b
        .client
        .execute(
            "const seen = [window.__longTasks, window.__longest]; window.__longTasks = 0; window.__longest = 0; window.__frames = 0; return seen;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        seen[0], 1,
        "the long-task observer missed a long task: {seen}"
    );
    assert!(seen[1].as_f64().unwrap() >= 120.0, "{seen}");

    let started = Instant::now();
    b.wait("#detect-file")
        .await
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    let list = b
        .client
        .wait()
        .at_most(Duration::from_secs(120))
        .for_element(fantoccini::Locator::Css("#detect-findings"))
        .await
        .unwrap();
    let took = started.elapsed();
    let found: Vec<String> = {
        let mut ids = Vec::new();
        for li in list.find_all(fantoccini::Locator::Css("li")).await.unwrap() {
            ids.push(li.attr("data-finding").await.unwrap().unwrap());
        }
        ids
    };
    let stats = b
        .client
        .execute(
            "return [window.__longest, window.__longTasks, window.__frames, window.__sawProgress]",
            vec![],
        )
        .await
        .unwrap();
    println!(
        "20 MB HAR read in {took:?}; longest task, long tasks, frames, progress shown: {stats}"
    );
    assert_eq!(found, ["google-tag-manager", "hotjar", "stripe"]);
    let longest = stats[0].as_f64().unwrap();
    let frames = stats[2].as_f64().unwrap();
    assert!(longest < 200.0, "a task took {longest} ms");
    assert!(frames >= 10.0, "only {frames} frames painted in {took:?}");
    assert_eq!(stats[3], true, "no progress was shown");
    let summary = b.wait("#detect-summary").await.text().await.unwrap();
    assert!(summary.starts_with("HAR file: "), "{summary}");
    base.assert_no_csp_violations();
    b.close().await;
}

//! Browser figures for `cargo xtask bench`: not a test (it asserts nothing about speed), so it is
//! ignored unless the benchmark asks for it, and it writes what it measured to
//! `$VENDORPLAN_BENCH_OUT`.

use serde_json::{json, Value};

use crate::harness::{dist, serve, Browser};

async fn measures(b: &Browser, name: &str) -> Vec<f64> {
    let v = b
        .client
        .execute(
            "return performance.getEntriesByName(arguments[0]).map(e => e.duration)",
            vec![name.into()],
        )
        .await
        .unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_f64)
        .collect()
}

fn summary(mut values: Vec<f64>) -> Value {
    values.sort_by(f64::total_cmp);
    let median = values.get(values.len() / 2).copied().unwrap_or(f64::NAN);
    json!({ "n": values.len(), "median_ms": median, "max_ms": values.last().copied().unwrap_or(f64::NAN) })
}

/// Toggles the works-council answer `n` times and returns the answer-to-plan measures.
async fn toggle_answers(b: &Browser, n: usize) -> Vec<f64> {
    b.client
        .execute(
            "performance.clearMeasures('vendorplan:answer-to-plan')",
            vec![],
        )
        .await
        .unwrap();
    b.click("#step-questions-tab").await;
    for i in 0..n {
        let value = if i % 2 == 0 { "yes" } else { "no" };
        b.click(&format!("input[id='q-works_council-{value}']"))
            .await;
    }
    measures(b, "vendorplan:answer-to-plan").await
}

/// Ticks up to `n` more vendors in the picker, in list order.
async fn select_more(b: &Browser, n: usize) {
    b.click("#step-services-tab").await;
    let ids = b
        .client
        .execute("return [...document.querySelectorAll('#vendor-list input[type=checkbox]:not(:checked)')].map(e => e.id)", vec![])
        .await
        .unwrap();
    for id in ids
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .take(n)
    {
        b.click(&format!("input[id='{id}']")).await;
    }
}

async fn selected(b: &Browser) -> Value {
    b.client
        .execute(
            "return document.querySelectorAll('#vendor-list input:checked').length",
            vec![],
        )
        .await
        .unwrap()
}

/// Every download format, by the extension in its button id (`#download-pdf`).
const EXPORTS: [&str; 7] = ["md", "html", "pdf", "docx", "csv", "json", "ics"];
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
async fn browser_benchmark() {
    let out =
        std::env::var("VENDORPLAN_BENCH_OUT").expect("VENDORPLAN_BENCH_OUT names the output file");
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    let first_render = b
        .client
        .execute("const m = performance.getEntriesByName('vendorplan:first-render')[0]; return m ? m.startTime : null", vec![])
        .await
        .unwrap();

    // Search latency per keystroke over the whole catalog.
    let search = b.wait("#vendor-search").await;
    for word in ["jumpcloud", "keycloak", "identity", "google anal"] {
        search.clear().await.unwrap();
        search.send_keys(word).await.unwrap();
    }
    let keystrokes = measures(&b, "vendorplan:search").await;
    search.clear().await.unwrap();
    search.send_keys(" ").await.unwrap();

    // Answer to plan with one vendor, with 30, then with every vendor selected; the exports are
    // timed on the 30-vendor plan, the size of a typical organisation's stack.
    b.click("#vendor-jumpcloud").await;
    let one = toggle_answers(&b, 20).await;
    select_more(&b, 29).await;
    let thirty_selected = selected(&b).await;
    let thirty = toggle_answers(&b, 20).await;
    b.click("#step-plan-tab").await;
    let mut exports = serde_json::Map::new();
    for ext in EXPORTS {
        for _ in 0..5 {
            b.click(&format!("#download-{ext}")).await;
        }
        let times = measures(&b, &format!("vendorplan:export-{ext}")).await;
        exports.insert(format!("export_{ext}"), summary(times));
    }
    // Switching language on the 30-vendor plan: the first switch to each language fetches and
    // applies its file, later ones reuse it.
    for _ in 0..3 {
        for code in ["de", "fr", "en"] {
            crate::languages::choose_language(&b, code).await;
        }
    }
    let switches = measures(&b, "vendorplan:language-switch").await;
    let (first, again) = switches.split_at(switches.len().min(2));
    let language_first = summary(first.to_vec());
    let language_again = summary(again.to_vec());
    select_more(&b, usize::MAX).await;
    let vendors = selected(&b).await;
    let all = toggle_answers(&b, 20).await;
    b.click("#step-plan-tab").await;
    let heap = b
        .client
        .execute("return window.wasmBindings.vendorplanHeapBytes()", vec![])
        .await
        .unwrap();
    b.close().await;

    let report = json!({
        "first_render_ms": first_render,
        "search_keystroke": summary(keystrokes),
        "answer_to_plan_1_vendor": summary(one),
        "answer_to_plan_30_vendors": summary(thirty),
        "vendors_selected_30": thirty_selected,
        "answer_to_plan_all_vendors": summary(all),
        "vendors_selected": vendors,
        "wasm_heap_bytes": heap,
        "language_switch_first": language_first,
        "language_switch_again": language_again,
    });
    let mut report = report;
    report.as_object_mut().unwrap().extend(exports);
    std::fs::write(&out, serde_json::to_string_pretty(&report).unwrap()).unwrap();
}

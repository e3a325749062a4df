//! End-to-end tests: the built widget in real headless Chromium, driven through ChromeDriver.
//! Run by `cargo xtask test` after it builds `dist/`.

mod bench;
mod consent;
mod detect;
mod diff;
mod embed;
mod harness;
mod injection;
mod languages;
mod privacy;
mod reliability;
mod supply;

use harness::{axe_violations, cli_plan, dist, serve, Browser};

const WORKS_COUNCIL: &str = "[data-action-id='works-council-codetermination-de:jumpcloud']";

/// Picks JumpCloud, answers as a German employer with a works council, and opens the plan.
pub(crate) async fn german_employer_with_jumpcloud(b: &Browser) {
    b.click("#vendor-jumpcloud").await;
    b.click("#step-questions-tab").await;
    b.wait("select[id='q-country']")
        .await
        .select_by_value("DE")
        .await
        .expect("Germany is an option");
    b.click("input[id='q-works_council-yes']").await;
    b.click("#step-plan-tab").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hosted_page_builds_the_plan_as_you_answer_and_downloads_what_the_cli_prints() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#plan-summary").await;
    german_employer_with_jumpcloud(&b).await;

    let action = b.wait(WORKS_COUNCIL).await;
    let text = action.text().await.unwrap();
    assert!(text.contains("works council"), "{text}");
    assert!(!action
        .attr("class")
        .await
        .unwrap()
        .unwrap_or_default()
        .contains("assumed"));

    // The reasons are on screen once the action is opened.
    b.click(&format!("{WORKS_COUNCIL} summary")).await;
    let opened = b
        .wait(&format!("{WORKS_COUNCIL} .because"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        opened
            .contains("Do you have a works council or another elected staff representation? — Yes"),
        "{opened}"
    );
    assert!(opened.contains("Germany"), "{opened}");

    // Filtering by owner keeps only that owner's actions, and shows "All" again when reset.
    b.wait("#filter-owner")
        .await
        .select_by_value("it")
        .await
        .unwrap();
    b.gone(WORKS_COUNCIL).await;
    b.wait("[data-action-id='enforce-admin-mfa:jumpcloud']")
        .await;
    b.wait("#filter-owner")
        .await
        .select_by_value("")
        .await
        .unwrap();
    b.wait(WORKS_COUNCIL).await;

    b.click("#download-json").await;
    let downloaded = b.downloaded_plan().await;
    assert_eq!(
        downloaded,
        cli_plan(&downloaded),
        "the downloaded plan equals the CLI's for the same answers"
    );
    let plan: serde_json::Value = serde_json::from_str(&downloaded).unwrap();
    assert_eq!(plan["answers"]["answers"]["works_council"], "yes");
    assert_eq!(plan["answers"]["answers"]["country"], "DE");

    b.click("#download-md").await;
    let md = String::from_utf8(b.download("vendorplan-gdpr-plan", "md").await).unwrap();
    assert!(md.contains("Agree the use of JumpCloud with the works council before it goes live"));

    // "No" removes the action; "I don't know" brings it back as an assumption.
    b.click("#step-questions-tab").await;
    b.click("input[id='q-works_council-no']").await;
    b.click("#step-plan-tab").await;
    b.wait("[data-action-id='record-of-processing:jumpcloud']")
        .await;
    b.gone(WORKS_COUNCIL).await;
    b.click("#step-questions-tab").await;
    b.click("input[id='q-works_council-unknown']").await;
    b.click("#step-plan-tab").await;
    let assumed = b.wait(&format!("{WORKS_COUNCIL}.assumed")).await;
    assert!(assumed
        .text()
        .await
        .unwrap()
        .contains("assumption to check"));
    b.wait("[data-action-id='find-out:works_council']").await;

    // The app measures each change from the answer to the plan on screen.
    let timings = b
        .client
        .execute(
            "return performance.getEntriesByName('vendorplan:answer-to-plan').map(e => e.duration)",
            vec![],
        )
        .await
        .unwrap();
    let timings: Vec<f64> = timings
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_f64())
        .collect();
    assert!(!timings.is_empty(), "no answer-to-plan measure");
    let worst = timings.iter().copied().fold(0.0, f64::max);
    println!(
        "answer to plan on screen: {} changes, worst {worst:.1} ms",
        timings.len()
    );
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn single_file_works_from_file_url_with_the_network_off() {
    let file = dist().join("vendorplan.html");
    assert!(file.exists(), "no single-file build at {}", file.display());
    let b = Browser::start(true).await;
    b.client
        .goto(&format!("file://{}", file.display()))
        .await
        .unwrap();
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;

    // Everything the page loaded came from the file itself.
    let loaded = b
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name)",
            vec![],
        )
        .await
        .unwrap();
    for name in loaded.as_array().unwrap() {
        let name = name.as_str().unwrap();
        assert!(
            name.starts_with("file:") || name.starts_with("data:") || name.starts_with("blob:"),
            "loaded {name}"
        );
    }

    b.click("#download-json").await;
    let downloaded = b.downloaded_plan().await;
    assert_eq!(
        downloaded,
        cli_plan(&downloaded),
        "the offline file builds the same plan"
    );

    // Every language travels inside the file: switching works with no network.
    for (code, regulation) in [("de", "DSGVO"), ("fr", "RGPD")] {
        languages::choose_language(&b, code).await;
        b.wait(WORKS_COUNCIL).await;
        let text = languages::page_text(&b).await;
        assert!(
            text.contains(regulation) && !text.contains('⟦'),
            "{code}: {text}"
        );
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn share_link_round_trip_and_a_damaged_link_changes_nothing() {
    let base = serve(dist());
    let a = Browser::start(false).await;
    a.client.goto(&format!("{base}/index.html")).await.unwrap();
    german_employer_with_jumpcloud(&a).await;
    a.wait(WORKS_COUNCIL).await;
    a.click("#share-link").await;
    let url = a
        .wait("#share-url")
        .await
        .prop("value")
        .await
        .unwrap()
        .expect("a share link");
    assert!(url.contains("#a="), "{url}");
    a.close().await;

    // A fresh browser opens the link and lands on the same plan, saved on its own device.
    let b = Browser::start(false).await;
    b.client.goto(&url).await.unwrap();
    b.wait(WORKS_COUNCIL).await;
    let saved = || async {
        b.client
            .execute("return localStorage.getItem('vendorplan.answers')", vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let before = saved().await;
    // gloo stores the answers file as a JSON string.
    let file: String = serde_json::from_str(&before).expect("saved answers");
    assert!(file.contains(r#""works_council":"yes""#), "{file}");
    assert_eq!(
        b.client.current_url().await.unwrap().fragment(),
        None,
        "the link is not applied again on reload"
    );

    // A cut-off link and a changed one are reported, and the saved answers stay as they were.
    let payload = url.split("#a=").nth(1).unwrap();
    let cut = &payload[..payload.len() / 2];
    let changed: String = payload
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                if c == 'A' {
                    'B'
                } else {
                    'A'
                }
            } else {
                c
            }
        })
        .collect();
    for damaged in [cut.to_owned(), changed] {
        b.client.goto("about:blank").await.unwrap();
        b.client
            .goto(&format!("{base}/index.html#a={damaged}"))
            .await
            .unwrap();
        let alert = b.wait("#app-alert").await.text().await.unwrap();
        assert!(alert.contains("could not be opened"), "{alert}");
        assert_eq!(saved().await, before);
    }
    base.assert_no_csp_violations();
    b.close().await;
}

/// Saves what the screen shows to `target/screenshots/`, for a person to look at.
async fn shoot(b: &Browser, width: u32, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = b.client.screenshot().await.expect("a screenshot");
    std::fs::write(dir.join(format!("{width}-{name}.png")), png).unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_has_no_axe_violations_on_a_phone_and_a_desktop() {
    let base = serve(dist());
    for width in [360, 1280] {
        let b = Browser::start_sized(false, width).await;
        b.client.goto(&format!("{base}/index.html")).await.unwrap();
        b.wait("#vendor-search").await;
        let inner = b
            .client
            .execute("return window.innerWidth", vec![])
            .await
            .unwrap();
        assert_eq!(
            inner.as_u64(),
            Some(u64::from(width)),
            "the page is laid out at {width} px"
        );
        let mut failures = Vec::new();
        let mut check = |screen: &str, v: Vec<String>| {
            if !v.is_empty() {
                failures.push(format!("{width}px, {screen}: {v:?}"));
            }
        };
        check("services, nothing selected", axe_violations(&b).await);
        shoot(&b, width, "services").await;
        german_employer_with_jumpcloud(&b).await;
        b.wait(WORKS_COUNCIL).await;
        for tab in [
            "actions",
            "records",
            "processors",
            "transfers",
            "dpia",
            "cookies",
            "notices",
            "security",
            "alternatives",
        ] {
            b.click(&format!("#tab-{tab}")).await;
            check(&format!("plan, {tab}"), axe_violations(&b).await);
            shoot(&b, width, &format!("plan-{tab}")).await;
        }
        b.click("#step-questions-tab").await;
        b.wait("[data-question='works_council']").await;
        check("questions", axe_violations(&b).await);
        shoot(&b, width, "questions").await;
        b.click("#step-services-tab").await;
        check("services, one selected", axe_violations(&b).await);
        b.client
            .goto(&format!("{base}/index.html#vendor/jumpcloud"))
            .await
            .unwrap();
        b.wait("#vendor-detail").await;
        check("vendor page", axe_violations(&b).await);
        shoot(&b, width, "vendor-page").await;
        b.close().await;
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_flow_works_with_the_keyboard_alone() {
    const TAB_ENTER: &str = "\u{E007}";
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    b.tab_to("#vendor-search").await;
    b.keys("jumpclo").await;
    b.tab_to("#vendor-jumpcloud").await;
    b.keys(" ").await;
    b.tab_to("#step-questions-tab").await;
    b.keys(TAB_ENTER).await;
    b.tab_to("select[id='q-country']").await;
    b.keys("Germany").await;
    b.tab_to("input[id='q-works_council-yes']").await;
    b.keys(" ").await;
    b.tab_to("#step-plan-tab").await;
    b.keys(TAB_ENTER).await;
    let action = b.wait(WORKS_COUNCIL).await;
    assert!(action.text().await.unwrap().contains("works council"));
    // Open the action's details and tick it off.
    b.tab_to(&format!("{WORKS_COUNCIL} summary")).await;
    b.keys(TAB_ENTER).await;
    b.wait(&format!("{WORKS_COUNCIL} details[open] .because"))
        .await;
    b.tab_to("input[id='done-works-council-codetermination-de:jumpcloud']")
        .await;
    b.keys(" ").await;
    b.wait(&format!("{WORKS_COUNCIL}.done")).await;
    b.tab_to("#download-json").await;
    b.keys(TAB_ENTER).await;
    let plan: serde_json::Value = serde_json::from_str(&b.downloaded_plan().await).unwrap();
    assert_eq!(plan["answers"]["answers"]["country"], "DE");
    assert_eq!(
        plan["answers"]["done"][0],
        "works-council-codetermination-de:jumpcloud"
    );
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn work_survives_a_reload_and_comes_back_from_a_saved_file() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    b.click("#download-json").await;
    let saved_plan = b.downloaded_plan().await;

    // Autosave: a reload keeps the selection and the answers.
    b.client.refresh().await.unwrap();
    b.click("#step-plan-tab").await;
    b.wait(WORKS_COUNCIL).await;

    // Start over, after confirming, clears everything.
    b.click("#start-over").await;
    b.client.accept_alert().await.unwrap();
    b.wait("#vendor-search").await;
    b.click("#step-plan-tab").await;
    b.wait("#plan-empty").await;

    // A damaged file is refused with its problems listed, and nothing changes.
    let bad = b.downloads.join("damaged.json");
    std::fs::write(&bad, r#"{"format":"vendorplan-answers","version":1,"vendors":["nobody"],"answers":{"works_council":"perhaps"}}"#).unwrap();
    b.wait("#import-file")
        .await
        .send_keys(bad.to_str().unwrap())
        .await
        .unwrap();
    let error = b.wait("#import-error").await.text().await.unwrap();
    assert!(
        error.contains("unknown vendor `nobody`") && error.contains("`perhaps`"),
        "{error}"
    );
    b.wait("#plan-empty").await;

    // The saved plan file brings the work back.
    let good = b.downloads.join("restore.json");
    std::fs::write(&good, &saved_plan).unwrap();
    b.wait("#import-file")
        .await
        .send_keys(good.to_str().unwrap())
        .await
        .unwrap();
    b.wait("#import-status").await;
    b.wait(WORKS_COUNCIL).await;
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn typo_search_and_detection_from_pasted_html_find_the_vendor() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    let search = b.wait("#vendor-search").await;
    search.send_keys("jumpclod").await.unwrap();
    let names = b.wait("#vendor-list").await.text().await.unwrap();
    assert!(names.starts_with("JumpCloud"), "{names}");
    search.clear().await.unwrap();
    search.send_keys("keyclaok").await.unwrap();
    b.wait("#vendor-keycloak").await;

    b.click(".detect summary").await;
    let html = r#"<html><head><script src="https://console.jumpcloud.com/js/app.js"></script>
        <link rel="preconnect" href="//fonts.example.net"></head></html>"#;
    b.wait("#detect-input").await.send_keys(html).await.unwrap();
    b.click("#detect-run").await;
    let finding = b
        .wait("[data-finding='jumpcloud']")
        .await
        .text()
        .await
        .unwrap();
    assert!(finding.contains("console.jumpcloud.com"), "{finding}");
    b.click("#detect-add-jumpcloud").await;
    let count = b.wait("#selected-count").await.text().await.unwrap();
    assert_eq!(count, "1 selected");
    base.assert_no_csp_violations();
    b.close().await;
}

/// What a visitor might paste as an organisation name or a note: markup, a formula, quotes.
const HOSTILE_ORG: &str = "<b>Acme</b> =1+1 \"Ltd\"";
const HOSTILE_NOTE: &str = "=HYPERLINK(\"http://evil.example\") <script>alert(1)</script>";

#[tokio::test(flavor = "multi_thread")]
async fn every_format_downloads_and_reads_back_with_the_visitors_text_as_text() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;

    // The organisation and a note on one action, saved when the fields lose focus.
    let org = b.wait("#organisation").await;
    org.send_keys(HOSTILE_ORG).await.unwrap();
    b.keys("\u{E004}").await;
    b.click(&format!("{WORKS_COUNCIL} summary")).await;
    let note = b
        .wait("textarea[id='note-works-council-codetermination-de:jumpcloud']")
        .await;
    note.send_keys(HOSTILE_NOTE).await.unwrap();
    b.keys("\u{E004}").await;
    b.wait(&format!("{WORKS_COUNCIL} .has-note")).await;
    let title = "Agree the use of JumpCloud with the works council before it goes live";
    let stem = "b-acme-b-1-1-ltd-gdpr-plan";

    // JSON: the CLI rebuilds the same file from the answers inside it.
    b.click("#download-json").await;
    let json = String::from_utf8(b.download(stem, "json").await).unwrap();
    assert_eq!(json, cli_plan(&json));
    let plan: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(plan["answers"]["organisation"], HOSTILE_ORG);
    assert_eq!(
        plan["answers"]["notes"]["works-council-codetermination-de:jumpcloud"],
        HOSTILE_NOTE
    );

    b.click("#download-md").await;
    let md = String::from_utf8(b.download(stem, "md").await).unwrap();
    assert!(
        md.contains(title) && md.contains("\\<b\\>Acme\\</b\\>"),
        "{md}"
    );

    b.click("#download-html").await;
    let html = String::from_utf8(b.download(stem, "html").await).unwrap();
    assert!(html.contains("&lt;b&gt;Acme&lt;/b&gt;") && !html.contains("<script>"));
    assert!(html.contains(title));

    b.click("#download-pdf").await;
    let pdf = b.download(stem, "pdf").await;
    let path = b.downloads.join("read-back.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args(["-raw"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext from poppler-utils");
    let text = String::from_utf8(text.stdout).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(title) && text.contains(HOSTILE_ORG), "{text}");
    assert!(text.contains(HOSTILE_NOTE), "the note is in the PDF");

    b.click("#download-docx").await;
    let docx = b.download(stem, "docx").await;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip file");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(xml.contains(title) && xml.contains("&lt;b&gt;Acme&lt;/b&gt;"));
    assert!(xml.contains("w:val=\"Heading1\"") && xml.contains("<w:tbl>"));

    b.click("#download-ics").await;
    let ics = String::from_utf8(b.download("b-acme-b-1-1-ltd-gdpr-reviews", "ics").await).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("BEGIN:VEVENT"));
    assert!(ics.contains("dpa-jumpcloud@vendorplan"));

    // CSV: each table from the menu, with its header and a formula in the input made text.
    for id in vendorplan_core::report::TABLES {
        b.wait("#csv-table")
            .await
            .select_by_value(id)
            .await
            .unwrap();
        b.click("#download-csv").await;
        let bytes = b.download(&format!("b-acme-b-1-1-ltd-{id}"), "csv").await;
        let text = String::from_utf8(bytes).unwrap();
        let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        assert!(!reader.headers().unwrap().is_empty(), "{id}");
        for row in reader.records() {
            for cell in row.unwrap().iter() {
                assert!(!cell.starts_with('='), "{id}: {cell}");
            }
        }
    }
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hosted_page_runs_under_the_strict_policy_and_a_violation_would_be_caught() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    let policy = b
        .client
        .execute(
            "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content",
            vec![],
        )
        .await
        .unwrap();
    let policy = policy.as_str().unwrap();
    for directive in [
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self'",
        "object-src 'none'",
    ] {
        assert!(policy.contains(directive), "{policy}");
    }
    assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    base.assert_no_csp_violations();

    // What an injected inline script would do is refused and reported: the guard above works.
    b.client
        .execute(
            "const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s);",
            vec![],
        )
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while base.csp_violations().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the violation was never reported"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let injected = b
        .client
        .execute("return window.injected === 1", vec![])
        .await
        .unwrap();
    assert_eq!(
        injected.as_bool(),
        Some(false),
        "the inline script must not run"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn once_opened_the_hosted_page_works_offline_and_saves_the_offline_file() {
    let mut site = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{site}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    // The service worker takes over the page once it has cached the site's files.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let controlled = b
            .client
            .execute("return !!navigator.serviceWorker.controller", vec![])
            .await
            .unwrap();
        if controlled.as_bool() == Some(true) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no service worker took over the page"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let offline_file = std::fs::read(dist().join("vendorplan.html")).unwrap();
    b.click("#step-plan-tab").await;
    b.click("#save-offline").await;
    assert!(
        b.download_named("vendorplan.html").await == offline_file,
        "the offline file as built"
    );
    b.wait("#offline-status").await;
    site.assert_no_csp_violations();

    // Another page under the same path is not the worker's to answer while the network works.
    b.client
        .goto(&format!("{site}/examples/plain.html"))
        .await
        .unwrap();
    let title = b.client.title().await.unwrap();
    assert!(title.contains("plain page"), "{title}");
    b.client.back().await.unwrap();
    b.wait("#step-plan-tab").await;

    // The site goes away; a reload still opens the widget, and it still works.
    site.stop();
    b.client.refresh().await.unwrap();
    b.wait("#vendor-search").await;
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    b.click("#download-json").await;
    let plan: serde_json::Value = serde_json::from_str(&b.downloaded_plan().await).unwrap();
    assert_eq!(plan["answers"]["answers"]["works_council"], "yes");
    // The offline file was kept when it was saved, so it can be saved again with no network.
    b.click("#save-offline").await;
    assert!(b.download_named("vendorplan.html").await == offline_file);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn when_the_browser_keeps_nothing_the_visitor_is_told_and_loses_nothing() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    // Fill this origin's storage to its quota, as another app might, so the next save fails.
    b.fill_storage().await;
    german_employer_with_jumpcloud(&b).await;
    b.wait("#not-saved").await;
    // The work is all there, and the plan file can still be taken away.
    b.wait(WORKS_COUNCIL).await;
    b.click("#download-json").await;
    let plan: serde_json::Value = serde_json::from_str(&b.downloaded_plan().await).unwrap();
    assert_eq!(plan["answers"]["answers"]["works_council"], "yes");
    b.client
        .execute("localStorage.clear()", vec![])
        .await
        .unwrap();
    base.assert_no_csp_violations();
    b.close().await;
}

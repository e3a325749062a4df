//! No data loss: a damaged save, a crash, a full storage, two tabs, and "forget everything".

use crate::harness::{axe_violations, dist, serve, Browser};
use crate::{german_employer_with_jumpcloud, languages, WORKS_COUNCIL};

const KEY: &str = "vendorplan.answers";

/// The raw value under `key`, if any.
pub(crate) async fn stored(b: &Browser, key: &str) -> Option<String> {
    b.client
        .execute(
            "return localStorage.getItem(arguments[0])",
            vec![key.into()],
        )
        .await
        .unwrap()
        .as_str()
        .map(str::to_owned)
}

/// A record's header and answers file (the stored value is a JSON string).
fn record(raw: &str) -> (serde_json::Value, serde_json::Value) {
    let text: String = serde_json::from_str(raw).expect("a JSON string");
    let (head, body) = text.split_once('\n').expect("a header line");
    (
        serde_json::from_str(head).unwrap(),
        serde_json::from_str(body).unwrap(),
    )
}

async fn set_stored(b: &Browser, key: &str, value: &str) {
    b.client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1])",
            vec![key.into(), value.into()],
        )
        .await
        .unwrap();
}

/// The question form's country and whether "works council: yes" is ticked.
async fn country_and_works_council(b: &Browser) -> (String, bool) {
    b.click("#step-questions-tab").await;
    let country = b
        .wait("select[id='q-country']")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    let yes = b
        .wait("input[id='q-works_council-yes']")
        .await
        .prop("checked")
        .await
        .unwrap();
    (country, yes.as_deref() == Some("true"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_save_falls_back_to_the_one_before_and_the_visitor_is_told() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;

    // One record per save, self-checking, with the one it replaced kept beside it.
    let current = stored(&b, KEY).await.expect("a saved record");
    let (header, file) = record(&current);
    assert_eq!(header["autosave"], 1);
    assert!(header["saved"].as_u64().unwrap() >= 3, "{header}");
    assert_eq!(file["answers"]["works_council"], "yes");
    let previous = stored(&b, &format!("{KEY}.previous"))
        .await
        .expect("a fallback");
    let (before, older) = record(&previous);
    assert_eq!(
        before["saved"].as_u64().unwrap() + 1,
        header["saved"].as_u64().unwrap()
    );
    // The last change was "works council: yes"; the fallback is the state before it.
    assert_eq!(older["answers"]["country"], "DE");
    assert!(older["answers"].get("works_council").is_none(), "{older}");

    // A save cut short: the work before the last change comes back, and the visitor hears it.
    set_stored(&b, KEY, &current[..current.len() / 2]).await;
    b.client.refresh().await.unwrap();
    let notice = b.wait("#save-recovered").await.text().await.unwrap();
    assert!(notice.contains("could not be read back"), "{notice}");
    assert_eq!(
        country_and_works_council(&b).await,
        ("DE".to_owned(), false)
    );
    // The recovered work is saved again as a whole record.
    let (_, healed) = record(&stored(&b, KEY).await.unwrap());
    assert_eq!(healed["answers"], older["answers"]);

    // A record that still parses but was changed is caught by its checksum, not loaded.
    let changed = stored(&b, KEY)
        .await
        .unwrap()
        .replace(r#"\"DE\""#, r#"\"AT\""#);
    assert!(changed.contains("AT"));
    set_stored(&b, KEY, &changed).await;
    b.client.refresh().await.unwrap();
    b.wait("#save-recovered").await;
    assert_eq!(country_and_works_council(&b).await.0, "DE");

    // Intact saves load silently.
    b.client.refresh().await.unwrap();
    b.wait("#vendor-search").await;
    b.gone("#save-recovered").await;
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crash_shows_a_reload_notice_in_the_widgets_language_and_keeps_the_save() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    languages::choose_language(&b, "de").await;
    let saved = (
        stored(&b, KEY).await,
        stored(&b, &format!("{KEY}.previous")).await,
    );

    // A real panic through the documented hook: the release build aborts, the instance dies.
    let thrown = b
        .client
        .execute(
            "try { window.wasmBindings.simulate_crash(); return 'returned'; } catch (e) { return String(e); }",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(
        thrown.as_str(),
        Some("returned"),
        "the crash did not happen"
    );
    let notice = b.wait("#crashed").await;
    assert_eq!(notice.attr("lang").await.unwrap().as_deref(), Some("de"));
    let text = notice.text().await.unwrap();
    assert!(
        text.contains("Etwas ist schiefgelaufen") && text.contains("bis zur letzten Änderung"),
        "{text}"
    );
    let violations = axe_violations(&b).await;
    assert!(violations.is_empty(), "{violations:?}");
    // The dead app wrote nothing.
    assert_eq!(
        (
            stored(&b, KEY).await,
            stored(&b, &format!("{KEY}.previous")).await
        ),
        saved
    );

    // The reload link works without any of our code running, and the work is all there.
    b.click("#crash-reload").await;
    b.wait("#step-plan-tab").await;
    b.gone("#crashed").await;
    b.click("#step-plan-tab").await;
    b.wait(WORKS_COUNCIL).await;
    base.assert_no_csp_violations();
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn when_storage_is_full_the_warning_offers_the_plan_file() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    b.fill_storage().await;
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    b.click("#not-saved-export").await;
    let plan: serde_json::Value = serde_json::from_str(&b.downloaded_plan().await).unwrap();
    assert_eq!(plan["answers"]["answers"]["works_council"], "yes");
    assert_eq!(plan["answers"]["vendors"][0], "jumpcloud");
    b.client
        .execute("localStorage.clear()", vec![])
        .await
        .unwrap();
    base.assert_no_csp_violations();
    b.close().await;
}

/// The vendors in the saved record.
async fn saved_vendors(b: &Browser) -> Vec<String> {
    let (_, file) = record(&stored(b, KEY).await.expect("a saved record"));
    serde_json::from_value(file["vendors"].clone()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_never_silently_overwrite_each_other() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.click("#vendor-jumpcloud").await;
    let mine = b.client.window().await.unwrap();

    let theirs = b.client.new_window(true).await.unwrap().handle;
    b.client.switch_to_window(theirs.clone()).await.unwrap();
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    b.click("#vendor-keycloak").await;
    assert_eq!(saved_vendors(&b).await, ["jumpcloud", "keycloak"]);

    // The first tab hears of it, keeps its own work on screen and stops saving.
    b.client.switch_to_window(mine.clone()).await.unwrap();
    let banner = b.wait("#other-tab").await.text().await.unwrap();
    assert!(banner.contains("another tab"), "{banner}");
    assert_eq!(
        b.wait("#selected-count").await.text().await.unwrap(),
        "1 selected"
    );
    // A change made meanwhile is not saved over the other tab's work.
    b.click("#step-questions-tab").await;
    b.wait("select[id='q-country']")
        .await
        .select_by_value("DE")
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(saved_vendors(&b).await, ["jumpcloud", "keycloak"]);
    b.wait("#other-tab").await;
    // Keep mine: saved again, over the other tab's.
    b.click("#keep-mine").await;
    b.gone("#other-tab").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(saved_vendors(&b).await, ["jumpcloud"]);
    let (_, file) = record(&stored(&b, KEY).await.unwrap());
    assert_eq!(file["answers"]["country"], "DE");

    // Now the other tab is asked; loading theirs takes the first tab's work.
    b.client.switch_to_window(theirs).await.unwrap();
    b.wait("#other-tab").await;
    b.click("#load-theirs").await;
    b.gone("#other-tab").await;
    b.click("#step-services-tab").await;
    assert_eq!(
        b.wait("#selected-count").await.text().await.unwrap(),
        "1 selected"
    );
    assert_eq!(saved_vendors(&b).await, ["jumpcloud"]);
    base.assert_no_csp_violations();
    b.close().await;
}

async fn keys(b: &Browser) -> Vec<String> {
    let keys = b
        .client
        .execute("return Object.keys(localStorage).sort()", vec![])
        .await
        .unwrap();
    serde_json::from_value(keys).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_everything_removes_every_key_the_widget_wrote() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    // Someone else's key on the same origin is not ours to remove.
    set_stored(&b, "host-setting", "kept").await;
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    languages::choose_language(&b, "fr").await;
    b.wait("#theme")
        .await
        .select_by_value("dark")
        .await
        .unwrap();
    let before = keys(&b).await;
    assert_eq!(
        before,
        [
            "host-setting",
            "vendorplan.answers",
            "vendorplan.answers.lang",
            "vendorplan.answers.previous",
            "vendorplan.theme"
        ]
    );

    b.click("#forget").await;
    b.client.accept_alert().await.unwrap();
    b.wait("#vendor-search").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(keys(&b).await, ["host-setting"]);
    // Nothing comes back on reload, and nothing is written until there is work again.
    b.client.refresh().await.unwrap();
    b.wait("#vendor-search").await;
    assert_eq!(keys(&b).await, ["host-setting"]);
    base.assert_no_csp_violations();
    b.close().await;
}

/// What Chromium does when storage is blocked for a page (private modes of some browsers, a
/// file opened from disk in some, a sandboxed frame, the visitor's cookie settings): reading
/// `window.localStorage` throws a `SecurityError`.
const BLOCK_STORAGE: &str = r#"Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() {
    throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", "SecurityError");
  },
});"#;

/// The text of the notice that says nothing is kept, waiting for it.
async fn storage_notice(b: &Browser) -> String {
    b.wait("#not-saved").await.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn with_storage_blocked_the_widget_works_says_nothing_is_kept_and_offers_the_plan_file() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    // teardown.js first: it records errors, and any write of the widget that got through.
    b.before_scripts(include_str!("teardown.js")).await;
    b.before_scripts(BLOCK_STORAGE).await;
    let recorded = async |b: &Browser| {
        b.client
            .execute(
                "const t = window.__teardown; return { errors: t.errors, writes: t.writes }",
                vec![],
            )
            .await
            .unwrap()
    };
    let nothing = serde_json::json!({ "errors": [], "writes": [] });

    // In a widget on someone else's page.
    b.client
        .goto(&format!("{base}/examples/plain.html"))
        .await
        .unwrap();
    let root = crate::embed::widget(&b, "plan").await;
    let notice = crate::embed::inside(&root, "#not-saved").await;
    let notice = notice.text().await.unwrap();
    assert!(
        notice.contains("does not let Vendorplan store anything"),
        "{notice}"
    );
    crate::embed::inside(&root, "#not-saved-export").await;
    crate::embed::click_inside(&root, "#step-plan-tab").await;
    crate::embed::inside(&root, "[data-action-id='record-of-processing:jumpcloud']").await;
    crate::embed::no_host_errors(&b).await;
    assert_eq!(recorded(&b).await, nothing);

    // On the hosted page, blocked for real: the page's own script cannot reach it either.
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    assert_eq!(
        b.client
            .execute(
                "try { localStorage; return 'reachable'; } catch (e) { return e.name; }",
                vec![]
            )
            .await
            .unwrap(),
        "SecurityError",
        "storage is blocked for the page"
    );
    // Told at once, before there is anything to lose.
    let notice = storage_notice(&b).await;
    assert!(
        notice.contains("does not let Vendorplan store anything"),
        "{notice}"
    );
    assert!(notice.contains("Download the plan file (JSON)"), "{notice}");
    // And the widget works: pick, answer, see the plan, change the theme, take the plan away
    // as a file.
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    b.wait("#theme")
        .await
        .select_by_value("dark")
        .await
        .unwrap();
    assert_eq!(
        b.client
            .execute("return document.documentElement.dataset.theme", vec![])
            .await
            .unwrap(),
        "dark"
    );
    b.click("#not-saved-export").await;
    let plan: serde_json::Value = serde_json::from_str(&b.downloaded_plan().await).unwrap();
    assert_eq!(plan["answers"]["answers"]["works_council"], "yes");
    assert_eq!(plan["answers"]["vendors"][0], "jumpcloud");
    // In the visitor's language.
    for (code, words) in [("de", "Speicher ist gesperrt"), ("fr", "stockage bloqué")] {
        languages::choose_language(&b, code).await;
        let notice = storage_notice(&b).await;
        assert!(notice.contains(words), "{code}: {notice}");
        b.wait(WORKS_COUNCIL).await;
    }
    assert_eq!(recorded(&b).await, nothing);
    base.assert_no_csp_violations();
    b.close().await;
}

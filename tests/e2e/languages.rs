//! Every language of `i18n/languages.toml` on every screen: no missing text, the page's `lang`
//! follows, switching keeps the answers, the browser's language is taken when the visitor has
//! not chosen, a host's `lang` attribute is obeyed, and the downloads speak the language.

use crate::embed::{inside, widget};
use crate::harness::{axe_violations, dist, serve, Browser};
use crate::{german_employer_with_jumpcloud, shoot, WORKS_COUNCIL};

/// The language codes, English first, as the build reads them.
fn languages() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/languages.toml");
    let file: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    file["language"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .collect()
}

/// The words that show the regulation is cited in the reader's language.
fn regulation(code: &str) -> &'static str {
    match code {
        "de" => "DSGVO",
        "fr" => "RGPD",
        _ => "GDPR",
    }
}

pub(crate) async fn page_text(b: &Browser) -> String {
    b.client
        .execute("return document.body.innerText", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

async fn page_lang(b: &Browser) -> String {
    b.client
        .execute("return document.documentElement.lang", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Asserts that the screen shows no missing-message marker and returns its text.
async fn screen(b: &Browser, code: &str, name: &str) -> String {
    let text = page_text(b).await;
    assert!(
        !text.contains('⟦'),
        "{code}, {name}: a message is missing:\n{}",
        text.lines()
            .filter(|l| l.contains('⟦'))
            .collect::<Vec<_>>()
            .join("\n")
    );
    text
}

pub(crate) async fn choose_language(b: &Browser, code: &str) {
    b.wait("select#language")
        .await
        .select_by_value(code)
        .await
        .expect("the language is in the menu");
    wait_for_language(b, code).await;
}

/// Waits until the page speaks `code`: a language other than English is loaded first.
async fn wait_for_language(b: &Browser, code: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while page_lang(b).await != code {
        if std::time::Instant::now() > deadline {
            let text = page_text(b).await;
            panic!("the page never switched to {code}; it shows:\n{text}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_every_language_has_all_its_texts_and_switching_keeps_the_answers() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    assert_eq!(
        page_lang(&b).await,
        "en",
        "an English-speaking browser gets English"
    );
    german_employer_with_jumpcloud(&b).await;
    b.wait(WORKS_COUNCIL).await;
    let english_plan = page_text(&b).await;

    for code in languages() {
        choose_language(&b, &code).await;
        // The answers survived the switch: the same action is still in the plan.
        b.wait(WORKS_COUNCIL).await;
        let mut all = String::new();
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
            all.push_str(&screen(&b, &code, &format!("plan, {tab}")).await);
        }
        b.click("#tab-actions").await;
        // Longer words (German) must not break the layout or the accessibility of the page.
        let violations = axe_violations(&b).await;
        assert!(violations.is_empty(), "{code}, plan: {violations:?}");
        shoot(&b, 1280, &format!("plan-actions-{code}")).await;
        assert!(
            all.contains(regulation(&code)),
            "{code}: the plan cites the {}",
            regulation(&code)
        );
        if code != "en" {
            assert_ne!(all, english_plan, "{code}: the plan is not the English one");
        }
        b.click("#step-questions-tab").await;
        b.wait("[data-question='works_council']").await;
        screen(&b, &code, "questions").await;
        b.click("#step-services-tab").await;
        b.wait("#vendor-search").await;
        screen(&b, &code, "services").await;
        b.client
            .goto(&format!("{base}/index.html#vendor/hotjar"))
            .await
            .unwrap();
        b.wait("#vendor-detail").await;
        screen(&b, &code, "vendor page").await;
        shoot(&b, 1280, &format!("vendor-page-{code}")).await;
        b.client.goto(&format!("{base}/index.html#")).await.unwrap();

        // The plan downloads in the language on screen.
        b.click("#step-plan-tab").await;
        b.click("#download-md").await;
        let (_, md) = b.download_any("md").await;
        let md = String::from_utf8(md).unwrap();
        assert!(!md.contains('⟦'), "{code}: the Markdown lacks a message");
        assert!(
            md.contains(regulation(&code)),
            "{code}: the Markdown cites the {}",
            regulation(&code)
        );
        b.click("#download-pdf").await;
        let (_, pdf) = b.download_any("pdf").await;
        let path = b.downloads.join(format!("read-back-{code}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        let out = std::process::Command::new("pdfinfo")
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{code}: the PDF opens");
        let text = std::process::Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(
            text.contains(regulation(&code)),
            "{code}: the PDF cites the {}",
            regulation(&code)
        );
        std::fs::remove_file(&path).unwrap();
    }

    // The choice is the visitor's and survives a reload.
    let last = languages().pop().unwrap();
    b.client.refresh().await.unwrap();
    b.wait("#vendor-search").await;
    wait_for_language(&b, &last).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_that_prefers_another_language_gets_it_until_the_visitor_chooses() {
    let base = serve(dist());
    let b = Browser::start_preferring("fr-CH,fr,en").await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    wait_for_language(&b, "fr").await;
    let text = screen(&b, "fr", "first screen").await;
    assert!(text.contains("RGPD"), "{text}");
    choose_language(&b, "de").await;
    b.close().await;

    // A language we do not have falls back to English.
    let b = Browser::start_preferring("ja-JP,ja").await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    assert_eq!(page_lang(&b).await, "en");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_host_sets_the_widgets_language_with_its_lang_attribute() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client
        .goto(&format!("{base}/examples/plain.html"))
        .await
        .unwrap();
    let root = widget(&b, "plan").await;
    let lang = || async {
        inside(&root, ".vendorplan")
            .await
            .attr("lang")
            .await
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(lang().await, "en");
    for code in ["de", "fr"] {
        b.client
            .execute(
                "document.querySelector('vendor-plan#plan').setAttribute('lang', arguments[0])",
                vec![serde_json::json!(code)],
            )
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while lang().await != code {
            assert!(
                std::time::Instant::now() < deadline,
                "the widget never spoke {code}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let text = inside(&root, ".vendorplan").await.text().await.unwrap();
        assert!(!text.contains('⟦'), "{code}: {text}");
        assert!(text.contains(regulation(code)), "{code}: {text}");
    }
    // The host's page keeps its own language.
    assert_eq!(page_lang(&b).await, "en");
    b.close().await;
}

//! "Compare with an earlier plan" on the plan step: the fixture pair of `tests/diff/` (see its
//! README). The newer plan is imported as the current work, the older one is compared with it.

use crate::harness::{axe_violations, dist, serve, Browser};
use crate::languages::choose_language;
use crate::shoot;

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/diff")
        .join(name)
}

/// The text of every change listed for a vendor, one per line.
async fn changes_of(b: &Browser, vendor: &str) -> Vec<String> {
    let section = b
        .wait(&format!("#plan-changes [data-change-vendor='{vendor}']"))
        .await;
    let mut out = Vec::new();
    for li in section
        .find_all(fantoccini::Locator::Css("li[data-change-kind]"))
        .await
        .unwrap()
    {
        let kind = li.attr("data-change-kind").await.unwrap().unwrap();
        let text = li.text().await.unwrap().replace('\n', " | ");
        out.push(format!("{kind}: {text}"));
    }
    out
}

fn has(changes: &[String], kind: &str, words: &[&str]) -> bool {
    changes
        .iter()
        .any(|c| c.starts_with(&format!("{kind}:")) && words.iter().all(|w| c.contains(w)))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_older_plan_is_compared_per_vendor_with_causes_and_the_answers_stay() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    b.wait("#import-file")
        .await
        .send_keys(fixture("new-plan.json").to_str().unwrap())
        .await
        .unwrap();
    b.wait("#import-status").await;
    b.click("#step-plan-tab").await;

    // Not a plan: said so, and nothing is listed.
    let answers = b.downloads.join("answers-only.json");
    std::fs::write(
        &answers,
        r#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{}}"#,
    )
    .unwrap();
    b.wait("#compare-file")
        .await
        .send_keys(answers.to_str().unwrap())
        .await
        .unwrap();
    let error = b.wait("#compare-error").await.text().await.unwrap();
    assert!(error.contains("vendorplan-answers"), "{error}");

    b.wait("#compare-file")
        .await
        .send_keys(fixture("old-plan.json").to_str().unwrap())
        .await
        .unwrap();
    let result = b.wait("#plan-changes").await.text().await.unwrap();
    assert!(
        result.contains("Changes since the plan of 2026-10-15 (catalog 2026.10.0)"),
        "{result}"
    );
    b.gone("#compare-error").await;

    // The answers that changed between the two plans: only listed because the current answers
    // (those of new-plan.json) are still the ones in use.
    for key in ["hubspot.dpa_signed", "jumpcloud.region_chosen"] {
        b.wait(&format!("#plan-changes [data-change-answer='{key}']"))
            .await;
    }
    assert!(
        result.contains(
            "Where is your JumpCloud account hosted?: In the default region → In the EU region"
        ),
        "{result}"
    );

    let ga = changes_of(&b, "google-analytics").await;
    assert_eq!(ga.len(), 1, "{ga:?}");
    assert!(
        has(&ga, "cookie-added", &["New cookie FPLC", "catalog changed"]),
        "{ga:?}"
    );
    let hubspot = changes_of(&b, "hubspot").await;
    assert_eq!(hubspot.len(), 7, "{hubspot:?}");
    assert!(
        has(
            &hubspot,
            "dpf-status",
            &["Certified", "Unknown", "catalog changed"]
        ),
        "{hubspot:?}"
    );
    assert!(
        has(
            &hubspot,
            "action-gone",
            &[
                "Conclude the data processing agreement with HubSpot",
                "you changed your answer"
            ]
        ),
        "{hubspot:?}"
    );
    assert!(
        has(
            &hubspot,
            "action-new",
            &["transfer impact assessment", "catalog changed"]
        ),
        "{hubspot:?}"
    );
    let jumpcloud = changes_of(&b, "jumpcloud").await;
    assert_eq!(jumpcloud.len(), 1, "{jumpcloud:?}");
    assert!(
        has(
            &jumpcloud,
            "action-gone",
            &["EU region", "Where is your JumpCloud account hosted?"]
        ),
        "{jumpcloud:?}"
    );

    let violations = axe_violations(&b).await;
    assert!(violations.is_empty(), "{violations:?}");
    b.client
        .execute(
            "document.querySelector('.plan-changes').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    shoot(&b, 1280, "plan-changes").await;

    // The comparison follows the language, from the same earlier plan.
    choose_language(&b, "de").await;
    let ga = changes_of(&b, "google-analytics").await;
    assert!(
        has(
            &ga,
            "cookie-added",
            &["Neues Cookie FPLC", "Der Katalog wurde geändert"]
        ),
        "{ga:?}"
    );
    base.assert_no_csp_violations();
    b.close().await;
}

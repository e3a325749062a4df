//! The consent-manager configurations, made by the widget's download and by the CLI, loaded
//! into the real libraries (the pinned npm packages in `tools/`) in Chromium: the banner
//! appears with the plan's services and categories, nothing is logged as an error, Google
//! Consent Mode's default-denied command comes first in the `dataLayer`, and accepting updates
//! it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{dist, serve, Browser};

/// A site with Google Analytics (consent mode), an analytics tool, an ad pixel, embedded videos
/// and a CDN that sets only strictly necessary cookies, so is left out.
const VENDORS: [&str; 5] = [
    "google-analytics",
    "hotjar",
    "meta-pixel",
    "youtube",
    "cloudflare",
];

/// The service titles every banner must list, and the one it must not.
const LISTED: [&str; 4] = [
    "Google Analytics",
    "Hotjar",
    "Meta Pixel",
    "YouTube (embedded videos)",
];
const LEFT_OUT: &str = "Cloudflare";

/// Runs first on every test page: keeps every `console.error`, uncaught error, failed
/// resource and unhandled rejection in `window.vendorplanErrors`.
const CAPTURE: &str = r#"
window.vendorplanErrors = [];
(function () {
  var original = console.error;
  console.error = function () {
    window.vendorplanErrors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    var what = e.message || (e.target && (e.target.src || e.target.href)) || String(e);
    window.vendorplanErrors.push('error: ' + what);
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    window.vendorplanErrors.push('unhandled rejection: ' + e.reason);
  });
})();
"#;

/// The test pages' policy: scripts and styles from the page's own folder; the libraries also
/// inject inline styles (and tarteaucitron inline handlers), which it allows.
const POLICY: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

fn node_modules() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn copy(package_file: &str, to: &Path) {
    let from = node_modules().join(package_file);
    std::fs::copy(&from, to).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run `cargo xtask setup` to install the npm tools)",
            from.display()
        )
    });
}

/// A test page loading `scripts` in order after the capture script, and `deferred` once the
/// page is parsed.
fn page(scripts: &[&str], deferred: &[&str], styles: &[&str]) -> String {
    let mut head = String::new();
    for s in styles {
        head.push_str(&format!("<link rel=\"stylesheet\" href=\"{s}\">\n"));
    }
    head.push_str("<script src=\"capture.js\"></script>\n");
    for s in scripts {
        head.push_str(&format!("<script src=\"{s}\"></script>\n"));
    }
    for s in deferred {
        head.push_str(&format!("<script defer src=\"{s}\"></script>\n"));
    }
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <title>Consent test</title>\n{head}</head>\n<body><main><h1>Consent test</h1></main></body></html>\n"
    )
}

/// The configuration the `vendorplan` command writes for the answers in `answers` (a plan file).
fn cli_config(answers: &Path, target: &str) -> String {
    let args = ["consent-config", "--for", target, "--answers"];
    let mut args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    args.push(answers.as_os_str());
    crate::harness::cli(&args)
}

async fn eval(b: &Browser, script: &str) -> Value {
    b.client
        .execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

async fn errors(b: &Browser) -> Vec<String> {
    serde_json::from_value(
        eval(
            b,
            "return window.vendorplanErrors || ['capture script missing']",
        )
        .await,
    )
    .unwrap()
}

/// The `dataLayer` as arrays (gtag pushes `arguments` objects).
async fn data_layer(b: &Browser) -> Vec<Value> {
    serde_json::from_value(
        eval(
            b,
            "return (window.dataLayer || []).map(function (e) { return Array.prototype.slice.call(e); })",
        )
        .await,
    )
    .unwrap()
}

/// Google Consent Mode's default: the first command, every signal denied.
async fn assert_default_denied_first(b: &Browser, library: &str) {
    let layer = data_layer(b).await;
    let first = layer
        .first()
        .unwrap_or_else(|| panic!("{library}: empty dataLayer"));
    assert_eq!(first[0], "consent", "{library}: {layer:?}");
    assert_eq!(first[1], "default", "{library}: {layer:?}");
    for signal in [
        "ad_storage",
        "analytics_storage",
        "ad_user_data",
        "ad_personalization",
    ] {
        assert_eq!(first[2][signal], "denied", "{library}: {signal}");
    }
    assert!(
        !layer.iter().any(|e| e[1] == "update"),
        "{library}: no update before a choice: {layer:?}"
    );
}

/// Waits until the `dataLayer` holds a consent update and returns the last one.
async fn consent_update(b: &Browser, library: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let layer = data_layer(b).await;
        if let Some(update) = layer
            .iter()
            .rev()
            .find(|e| e[0] == "consent" && e[1] == "update")
        {
            return update[2].clone();
        }
        assert!(
            Instant::now() < deadline,
            "{library}: no consent update in {layer:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Clicks `css` once it can take a click: the libraries fade their dialogs in.
async fn click_when_shown(b: &Browser, css: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match b.wait(css).await.click().await {
            Ok(_) => return,
            Err(e) if Instant::now() > deadline => panic!("click {css}: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

fn assert_lists_services(library: &str, text: &str) {
    for title in LISTED {
        assert!(text.contains(title), "{library} lists {title}: {text}");
    }
    assert!(
        !text.contains(LEFT_OUT),
        "{library} leaves out {LEFT_OUT}: {text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn consent_configs_run_in_klaro_cookieconsent_and_tarteaucitron() {
    // The configurations: Klaro through the widget's download, the others through the CLI,
    // for the answers of the plan the widget made.
    let widget = serve(dist());
    let b = Browser::start(false).await;
    b.client
        .goto(&format!("{widget}/index.html"))
        .await
        .unwrap();
    b.wait("#plan-summary").await;
    for id in VENDORS {
        b.click(&format!("#vendor-{id}")).await;
    }
    b.click("#step-plan-tab").await;
    b.click("#download-json").await;
    let plan = b.downloaded_plan().await;
    let answers = std::env::temp_dir().join(format!(
        "vendorplan-e2e-consent-{}.json",
        std::process::id()
    ));
    std::fs::write(&answers, &plan).unwrap();
    b.wait("#consent-for")
        .await
        .select_by_value("klaro")
        .await
        .unwrap();
    b.click("#download-consent").await;
    let (name, bytes) = b.download_any("js").await;
    assert!(
        name.starts_with("vendorplan-klaro-config-") && name.ends_with(".js"),
        "{name}"
    );
    let klaro = String::from_utf8(bytes).unwrap();
    assert_eq!(klaro, cli_config(&answers, "klaro"), "widget and CLI agree");
    let cookieconsent = cli_config(&answers, "cookieconsent");
    let tarteaucitron = cli_config(&answers, "tarteaucitron");
    let _ = std::fs::remove_file(&answers);
    widget.assert_no_csp_violations();
    b.close().await;

    let dir = std::env::temp_dir().join(format!("vendorplan-e2e-consent-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("capture.js"), CAPTURE).unwrap();
    std::fs::write(dir.join("klaro-config.js"), &klaro).unwrap();
    std::fs::write(dir.join("cookieconsent-config.js"), &cookieconsent).unwrap();
    std::fs::write(dir.join("tarteaucitron-config.js"), &tarteaucitron).unwrap();
    copy("klaro/dist/klaro.js", &dir.join("klaro.js"));
    copy(
        "vanilla-cookieconsent/dist/cookieconsent.umd.js",
        &dir.join("cookieconsent.umd.js"),
    );
    copy(
        "vanilla-cookieconsent/dist/cookieconsent.css",
        &dir.join("cookieconsent.css"),
    );
    // tarteaucitron loads its language file, services and styles from its own folder.
    copy_dir(
        &node_modules().join("tarteaucitronjs"),
        &dir.join("tarteaucitron"),
    );
    // vanilla-cookieconsent hides itself from browsers driven by WebDriver (`hideFromBots`,
    // on by default and left on in the generated file), which this browser is.
    std::fs::write(
        dir.join("cookieconsent-run.js"),
        "CookieConsent.run(Object.assign({}, window.cookieConsentConfig, { hideFromBots: false }));\n",
    )
    .unwrap();
    // Klaro reads `window.klaroConfig` when it loads, so the configuration comes first.
    std::fs::write(
        dir.join("index.html"),
        page(&["klaro-config.js"], &["klaro.js"], &[]),
    )
    .unwrap();
    std::fs::write(
        dir.join("cookieconsent.html"),
        page(
            &["cookieconsent-config.js", "cookieconsent.umd.js"],
            // It adds its dialogs to the body, so it runs once the page is parsed.
            &["cookieconsent-run.js"],
            &["cookieconsent.css"],
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("tarteaucitron.html"),
        page(
            &["tarteaucitron/tarteaucitron.js", "tarteaucitron-config.js"],
            &[],
            &[],
        ),
    )
    .unwrap();
    let site = serve(dir.clone());
    let b = Browser::start(false).await;

    // Klaro: the notice, then the modal with every service under its purpose.
    b.client.goto(&format!("{site}/index.html")).await.unwrap();
    b.wait(".klaro .cookie-notice").await;
    assert_default_denied_first(&b, "klaro").await;
    b.click(".klaro .cn-learn-more").await;
    b.wait(".klaro .cookie-modal").await;
    // With services grouped by purpose, the service lists are folded; their text is in the DOM.
    let modal = eval(
        &b,
        "return document.querySelector('.klaro .cookie-modal').textContent",
    )
    .await;
    let modal = modal.as_str().unwrap_or_default();
    assert_lists_services("klaro", modal);
    for purpose in ["Functional", "Analytics", "Marketing"] {
        assert!(modal.contains(purpose), "klaro purpose {purpose}: {modal}");
    }
    b.click(".klaro .cm-btn-accept-all").await;
    let update = consent_update(&b, "klaro").await;
    assert_eq!(update["analytics_storage"], "granted", "{update}");
    // Only Google Analytics reads consent mode here, and it grants no advertising signal.
    assert_eq!(update["ad_storage"], "denied", "{update}");
    let consents = eval(&b, "return klaro.getManager().consents").await;
    assert_eq!(consents["meta-pixel"], true, "{consents}");
    assert_eq!(errors(&b).await, Vec::<String>::new(), "klaro");

    // vanilla-cookieconsent: the consent modal, the preferences with the categories and
    // services, then "accept all".
    b.client
        .goto(&format!("{site}/cookieconsent.html"))
        .await
        .unwrap();
    b.wait("#cc-main .cm").await;
    assert_default_denied_first(&b, "cookieconsent").await;
    click_when_shown(&b, "#cc-main .cm [data-role='show']").await;
    b.wait("#cc-main .pm").await;
    // Read from the DOM: the dialog is still fading in.
    let preferences = eval(
        &b,
        "return document.querySelector('#cc-main .pm').textContent",
    )
    .await;
    let preferences = preferences.as_str().unwrap_or_default();
    for category in ["Strictly necessary", "Functional", "Analytics", "Marketing"] {
        assert!(
            preferences.contains(category),
            "cookieconsent category {category}: {preferences}"
        );
    }
    assert_lists_services("cookieconsent", preferences);
    click_when_shown(&b, "#cc-main .pm [data-role='all']").await;
    let update = consent_update(&b, "cookieconsent").await;
    for signal in [
        "ad_storage",
        "analytics_storage",
        "ad_user_data",
        "ad_personalization",
    ] {
        assert_eq!(update[signal], "granted", "{signal}: {update}");
    }
    assert_eq!(
        eval(&b, "return CookieConsent.acceptedCategory('marketing')").await,
        true
    );
    assert_eq!(errors(&b).await, Vec::<String>::new(), "cookieconsent");

    // tarteaucitron: the banner and one line per service it knows; accepting would fetch the
    // services' scripts from the network, so the test stops before.
    b.client
        .goto(&format!("{site}/tarteaucitron.html"))
        .await
        .unwrap();
    b.wait("#tarteaucitronRoot #tarteaucitronAlertBig").await;
    assert_default_denied_first(&b, "tarteaucitron").await;
    let data = vendorplan_core::dataset();
    for id in VENDORS {
        let vendor = data.vendor(&id.into()).unwrap();
        let line = vendor
            .open_data
            .tarteaucitron
            .first()
            .map(|key| format!("#{key}Line"));
        match (id, line) {
            (LEFT_OUT_ID, Some(line)) => b.gone(&line).await,
            (_, Some(line)) => {
                b.wait(&line).await;
            }
            (_, None) => {}
        }
    }
    // The panel is closed, so its text is read from the DOM rather than from the screen.
    let services = eval(
        &b,
        "return document.getElementById('tarteaucitronServices').textContent",
    )
    .await;
    let services = services.as_str().unwrap_or_default();
    assert!(services.contains("Hotjar"), "{services}");
    assert!(!services.contains(LEFT_OUT), "{services}");
    assert_eq!(errors(&b).await, Vec::<String>::new(), "tarteaucitron");

    site.assert_no_csp_violations();
    b.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

const LEFT_OUT_ID: &str = "cloudflare";

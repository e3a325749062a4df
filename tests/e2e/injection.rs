//! The known injection payloads of `tests/hostile/payloads.toml` through every way text gets
//! into the page: typed, imported in an answers file (accepted and refused), opened from a
//! share link and from a vendor address, pasted for detection and read from an earlier plan
//! for a comparison. After each, nothing in the page (its shadow roots included) was made from
//! them: no element that runs or loads something, no event-handler attribute, no script or
//! outside address in a link. The HTML download is opened in Chromium and checked the same
//! way, and the downloads equal what the command line writes, whose files
//! `crates/vendorplan-core/tests/injection.rs` reads back with independent parsers.

use crate::harness::{cli, dist, serve, Browser};
use vendorplan_core::answers::{Answers, MAX_ORGANISATION};

#[derive(serde::Deserialize)]
struct Payloads {
    payload: Vec<Payload>,
}

#[derive(serde::Deserialize)]
struct Payload {
    text: String,
}

fn payloads() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/payloads.toml");
    let list: Payloads = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    list.payload.into_iter().map(|p| p.text).collect()
}

/// Run once a page is loaded: remembers the elements that run or load something which the
/// page has of its own.
const BASELINE: &str = r#"
window.__known = new Set();
const roots = [document];
while (roots.length) {
  const root = roots.pop();
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    window.__known.add(el);
  }
}
"#;

/// What markup from a payload would have added: elements that run, frame, load or redirect
/// (unless the page had them at the start), event-handler attributes, frames' inline
/// documents, and script, data or outside addresses in any attribute that loads or navigates.
const SCAN: &str = r#"
const risky = ['script','iframe','frame','object','embed','base','meta','link','style','img',
  'svg','math','noscript','form','video','audio','source','template'];
const loads = ['href','src','action','formaction','data','xlink:href','poster','background',
  'srcset','ping','content'];
const known = window.__known || new Set();
const found = [];
const roots = [document];
while (roots.length) {
  const root = roots.pop();
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) roots.push(el.shadowRoot);
    if (risky.includes(el.localName) && !known.has(el)) found.push('<' + el.localName + '>');
    for (const a of el.attributes) {
      const v = a.value.trim().toLowerCase();
      if (a.name.startsWith('on') || a.name === 'srcdoc'
          || (loads.includes(a.name) && (v.startsWith('javascript:') || v.startsWith('data:')
              || v.includes('evil.example')))) {
        found.push('<' + el.localName + ' ' + a.name + '="' + a.value + '">');
      }
    }
  }
}
return found;
"#;

async fn scan(b: &Browser, after: &str) {
    let found = b.client.execute(SCAN, vec![]).await.unwrap();
    let found: Vec<String> = serde_json::from_value(found).unwrap();
    assert!(found.is_empty(), "after {after}, the page has {found:?}");
}

async fn baseline(b: &Browser) {
    b.client.execute(BASELINE, vec![]).await.unwrap();
}

/// The page's visible text, shadow roots left aside.
async fn page_text(b: &Browser) -> String {
    b.client
        .execute("return document.body.innerText", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// A file to hand to the page, kept out of the downloads folder the test reads.
fn write(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("vendorplan-injection-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn known_payloads_stay_text_on_the_page_and_in_the_downloads() {
    let payloads = payloads();
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    baseline(&b).await;
    scan(&b, "loading").await;

    // Typed: the search box and the organisation name.
    for p in payloads.iter().take(12) {
        let search = b.wait("#vendor-search").await;
        // Select all and type over it, as a visitor would (`clear` sends no input event).
        search
            .send_keys(&format!("\u{E009}a\u{E000}{p}"))
            .await
            .unwrap();
        scan(&b, &format!("searching for {p:?}")).await;
    }
    b.wait("#vendor-search")
        .await
        .send_keys("\u{E009}a\u{E000}\u{E017}")
        .await
        .unwrap();
    crate::german_employer_with_jumpcloud(&b).await;
    b.wait(crate::WORKS_COUNCIL).await;
    let organisation = b.wait("#organisation").await;
    organisation.send_keys(&payloads[2]).await.unwrap();
    b.keys("\u{E004}").await;
    scan(&b, "typing the organisation").await;

    // An answers file with a payload as the organisation and one as the note on every action.
    b.click("#download-json").await;
    let (_, plan) = b.download_any("json").await;
    let plan: serde_json::Value = serde_json::from_slice(&plan).unwrap();
    let mut answers = plan["answers"].clone();
    answers["organisation"] = payloads[3].clone().into();
    let notes: serde_json::Map<String, serde_json::Value> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(payloads.iter().cycle())
        .map(|(a, p)| (a["id"].as_str().unwrap().to_owned(), p.clone().into()))
        .collect();
    assert!(notes.len() > 5);
    answers["notes"] = notes.into();
    let file = write("hostile-answers.json", &answers.to_string());
    b.wait("#import-file").await.send_keys(&file).await.unwrap();
    b.wait("#import-status").await;
    for details in b
        .client
        .find_all(fantoccini::Locator::Css("[data-action-id] summary"))
        .await
        .unwrap()
    {
        details.click().await.unwrap();
    }
    scan(&b, "importing notes").await;
    let shown = b.wait("#organisation").await.prop("value").await.unwrap();
    assert_eq!(shown.as_deref(), Some(payloads[3].as_str()));

    // A refused file: every id and answer it names is a payload, and the messages show them.
    let bad = serde_json::json!({
        "format": "vendorplan-answers",
        "version": 1,
        "vendors": &payloads[..8],
        "answers": payloads[8..16].iter().map(|p| (p.clone(), serde_json::Value::from(p.clone())))
            .collect::<serde_json::Map<_, _>>(),
    });
    let file = write("hostile-refused.json", &bad.to_string());
    b.wait("#import-file").await.send_keys(&file).await.unwrap();
    let error = b.wait("#import-error").await.text().await.unwrap();
    assert!(error.contains(&payloads[0]), "{error}");
    scan(&b, "a refused file").await;
    assert_eq!(
        b.wait("#organisation")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some(payloads[3].as_str()),
        "the refused file changed nothing"
    );

    // Detection: the payloads as addresses and markup in pasted HTML.
    let html: String = payloads
        .iter()
        .map(|p| {
            format!(
                "<script src=\"https://www.googletagmanager.com/gtm.js?id={p}\"></script>\n<img src=\"https://static.hotjar.com/{p}\">\n{p}\n"
            )
        })
        .collect();
    b.click("#step-services-tab").await;
    b.click(".detect summary").await;
    b.wait("#detect-input").await;
    // Pasted, as a visitor would: typing 9,000 characters key by key adds nothing.
    b.client
        .execute(
            "document.getElementById('detect-input').value = arguments[0]",
            vec![html.into()],
        )
        .await
        .unwrap();
    b.click("#detect-run").await;
    b.wait("#detect-findings").await;
    scan(&b, "detection").await;
    b.click("#step-plan-tab").await;

    // An earlier plan whose every name and title is a payload, and whose actions are all gone.
    let mut earlier = plan.clone();
    let mut i = 0;
    rename(&mut earlier, &payloads, &mut i);
    for action in earlier["actions"].as_array_mut().unwrap() {
        let id = format!("{}-retired", action["id"].as_str().unwrap());
        action["id"] = id.into();
    }
    let file = write("hostile-earlier.json", &earlier.to_string());
    b.wait("#compare-file")
        .await
        .send_keys(&file)
        .await
        .unwrap();
    let changes = b.wait("#plan-changes").await.text().await.unwrap();
    assert!(
        payloads.iter().any(|p| changes.contains(p.trim())),
        "the old titles are listed: {changes}"
    );
    scan(&b, "comparing with an earlier plan").await;

    // A share link and a vendor address made of payloads.
    let mut shared = Answers {
        organisation: payloads
            .iter()
            .rev()
            .find(|p| p.chars().count() <= MAX_ORGANISATION)
            .unwrap()
            .clone(),
        ..Answers::default()
    };
    shared
        .notes
        .insert(payloads[0].clone(), payloads[1].clone());
    let link = vendorplan_core::share::encode(&shared);
    b.client.goto("about:blank").await.unwrap();
    b.client
        .goto(&format!("{base}/index.html#a={link}"))
        .await
        .unwrap();
    // The link would replace the saved answers, so the visitor is asked first.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    b.client.accept_alert().await.unwrap();
    b.click("#step-plan-tab").await;
    let shown = b.wait("#organisation").await.prop("value").await.unwrap();
    assert_eq!(shown.as_deref(), Some(shared.organisation.as_str()));
    baseline(&b).await;
    scan(&b, "opening a share link").await;
    for p in payloads.iter().take(20) {
        let hash: String = p.bytes().map(|c| format!("%{c:02X}")).collect();
        b.client
            .execute(&format!("location.hash = 'vendor/{hash}'"), vec![])
            .await
            .unwrap();
        scan(&b, &format!("opening #vendor/{p:?}")).await;
    }

    // The downloads: the HTML file opened in the browser has nothing a payload made, and each
    // text download is what the command line writes for the same answers.
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    b.wait("#vendor-search").await;
    let file = write("hostile-answers-again.json", &answers.to_string());
    b.wait("#import-file").await.send_keys(&file).await.unwrap();
    b.wait("#import-status").await;
    baseline(&b).await;
    b.click("#step-plan-tab").await;
    b.click("#download-json").await;
    let (_, json) = b.download_any("json").await;
    let json = String::from_utf8(json).unwrap();
    let made: serde_json::Value = serde_json::from_str(&json).unwrap();
    let made = made["made"].as_str().unwrap().to_owned();
    let answers_path = std::path::PathBuf::from(write("cli-answers.json", &answers.to_string()));
    for (button, format) in [("#download-html", "html"), ("#download-md", "md")] {
        b.click(button).await;
        let (_, bytes) = b.download_any(format).await;
        let args = ["plan", "--format", format, "--date", &made, "--answers"];
        let mut args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        args.push(answers_path.as_os_str());
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            cli(&args),
            "the {format} download is the command line's"
        );
        if format == "html" {
            let path = write("opened.html", std::str::from_utf8(&bytes).unwrap());
            b.client.goto(&format!("file://{path}")).await.unwrap();
            b.client
                // The file's own head (charset, policy, viewport, style) and nothing else.
                .execute(
                    "window.__known = new Set(document.querySelectorAll('head > meta, head > style'))",
                    vec![],
                )
                .await
                .unwrap();
            scan(&b, "opening the HTML download").await;
            let text = page_text(&b).await;
            assert!(text.contains(payloads[3].trim()), "the name is text");
            b.client.back().await.unwrap();
            b.wait("#step-plan-tab").await;
            baseline(&b).await;
            b.click("#step-plan-tab").await;
        }
    }
    base.assert_no_csp_violations();

    // The check sees what an injection would add.
    b.client
        .execute(
            "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"alert(1)\">')",
            vec![],
        )
        .await
        .unwrap();
    let found = b.client.execute(SCAN, vec![]).await.unwrap();
    assert_eq!(
        found,
        serde_json::json!(["<img>", "<img onerror=\"alert(1)\">"]),
        "the scan catches an injected element"
    );
    b.close().await;
}

/// A 40 MB file (sparse: it takes no disk) is refused from its size before it is read, with
/// the limit in the message, and the work in progress stays; the same for a comparison.
#[tokio::test(flavor = "multi_thread")]
async fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let base = serve(dist());
    let b = Browser::start(false).await;
    b.client.goto(&format!("{base}/index.html")).await.unwrap();
    crate::german_employer_with_jumpcloud(&b).await;
    b.wait(crate::WORKS_COUNCIL).await;
    let path = write("huge.json", "");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(40 << 20)
        .unwrap();
    b.wait("#import-file").await.send_keys(&path).await.unwrap();
    let error = b.wait("#import-error").await.text().await.unwrap();
    assert!(
        error.contains("the file is 40 MB; a Vendorplan file is at most 32 MB"),
        "{error}"
    );
    b.wait(crate::WORKS_COUNCIL).await;
    b.wait("#compare-file")
        .await
        .send_keys(&path)
        .await
        .unwrap();
    let error = b.wait("#compare-error").await.text().await.unwrap();
    assert!(error.contains("at most 32 MB"), "{error}");
    b.wait(crate::WORKS_COUNCIL).await;
    b.close().await;
}

/// Every `name` and `title` in a plan file, replaced by the payloads in turn.
fn rename(value: &mut serde_json::Value, payloads: &[String], i: &mut usize) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if (key == "name" || key == "title") && v.is_string() {
                    *v = payloads[*i % payloads.len()].clone().into();
                    *i += 1;
                } else {
                    rename(v, payloads, i);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                rename(v, payloads, i);
            }
        }
        _ => {}
    }
}

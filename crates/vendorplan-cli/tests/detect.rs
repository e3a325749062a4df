//! `vendorplan detect` as a user runs it: files of each kind, standard input, the language of
//! the evidence, and files it cannot read.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/detect")
        .join(name)
}

fn detect(args: &[&str], stdin: Option<&[u8]>) -> (bool, serde_json::Value, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vendorplan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        pipe.write_all(bytes).unwrap();
    }
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json = serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.success(),
        json,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn vendors(json: &serde_json::Value) -> Vec<&str> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|f| f["vendor"].as_str().unwrap())
        .collect()
}

#[test]
fn a_har_file_prints_findings_with_evidence() {
    let path = fixture("gtm-ga4.har");
    let (ok, json, stderr) = detect(&["detect", path.to_str().unwrap()], None);
    assert!(ok, "{stderr}");
    assert_eq!(
        vendors(&json),
        [
            "google-analytics",
            "google-fonts",
            "google-tag-manager",
            "woocommerce"
        ]
    );
    let gtm = &json[2];
    assert_eq!(gtm["name"], "Google Tag Manager");
    assert_eq!(
        gtm["evidence"][0],
        "request to https://www.googletagmanager.com/gtm.js?id=GTM-N4TQ8ZR (catalog address www.googletagmanager.com/gtm.js)"
    );
    // Exactly the documented shape.
    let keys: Vec<&String> = gtm.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["evidence", "name", "vendor"]);
}

#[test]
fn html_and_standard_input_in_german() {
    let html = std::fs::read(fixture("matomo-on-premise.html")).unwrap();
    let (ok, json, stderr) = detect(&["--lang", "de", "detect", "-"], Some(&html));
    assert!(ok, "{stderr}");
    assert_eq!(vendors(&json), ["matomo-on-premise"]);
    let evidence = json[0]["evidence"][0].as_str().unwrap();
    assert!(
        evidence.contains("auf Ihrem eigenen Server") && evidence.contains("matomo.js"),
        "{evidence}"
    );

    let (ok, json, _) = detect(&["detect", "-"], Some(b"https://js.stripe.com/v3/\n"));
    assert!(ok);
    assert_eq!(vendors(&json), ["stripe"]);

    let (ok, json, _) = detect(&["detect", "-"], Some(b""));
    assert!(ok);
    assert_eq!(json, serde_json::json!([]));
}

#[test]
fn unreadable_input_fails_with_a_message() {
    let (ok, _, stderr) = detect(&["detect", "/nonexistent/site.har"], None);
    assert!(!ok);
    assert!(
        stderr.contains("Cannot read /nonexistent/site.har"),
        "{stderr}"
    );

    let (ok, json, stderr) = detect(&["detect", "-"], Some(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"));
    assert!(!ok);
    assert_eq!(json, serde_json::json!([]));
    assert!(stderr.contains("binary file"), "{stderr}");

    // A cut HAR: what came before the cut is printed, and the exit status says it is incomplete.
    let har = std::fs::read_to_string(fixture("stripe-checkout.har")).unwrap();
    let cut = &har[..har.len() / 2];
    let (ok, json, stderr) = detect(&["--lang", "fr", "detect", "-"], Some(cut.as_bytes()));
    assert!(!ok);
    assert_eq!(vendors(&json), ["stripe"]);
    assert!(stderr.contains("tronqué"), "{stderr}");
}

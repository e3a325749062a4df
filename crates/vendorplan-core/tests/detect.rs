//! Detection on the real-looking setups of `tests/detect/` (see `expected.toml` there for what
//! each one is and why it expects what it does): precision and recall overall and per fixture,
//! the same findings whether the input comes whole or in chunks, and unreadable input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use vendorplan_core::dataset;
use vendorplan_core::detect::{detect_all, Detector, Evidence, InputKind, Problem, MAX_EVIDENCE};

#[path = "../../../tests/support/big_har.rs"]
mod big_har;
use big_har::big_har;

#[derive(Deserialize)]
struct Expected {
    fixture: Vec<Fixture>,
}

#[derive(Deserialize)]
struct Fixture {
    file: String,
    setup: String,
    present: Vec<String>,
    absent: Vec<String>,
}

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/detect")
}

fn expected() -> Vec<Fixture> {
    let text = std::fs::read_to_string(folder().join("expected.toml")).unwrap();
    toml::from_str::<Expected>(&text).unwrap().fixture
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

#[test]
fn precision_and_recall_on_the_fixtures() {
    let data = dataset();
    let fixtures = expected();
    assert!(fixtures.len() >= 12, "a dozen setups at least");
    let hars = fixtures.iter().filter(|f| f.file.ends_with(".har")).count();
    assert!(hars >= 3, "at least three HAR files");
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut failures = Vec::new();
    println!(
        "{:<26} {:>3} {:>3} {:>3} {:>9} {:>6}  setup",
        "fixture", "tp", "fp", "fn", "precision", "recall"
    );
    for f in &fixtures {
        for id in f.present.iter().chain(&f.absent) {
            assert!(
                data.vendors.iter().any(|v| v.id.as_str() == id),
                "{}: unknown vendor {id}",
                f.file
            );
        }
        let bytes = std::fs::read(folder().join(&f.file)).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let detection = detect_all(data, &text);
        assert_eq!(detection.problem, None, "{}", f.file);
        let kind = match f.file.rsplit('.').next() {
            Some("har") => InputKind::Har,
            Some("html") => InputKind::Html,
            _ => InputKind::Text,
        };
        assert_eq!(detection.kind, kind, "{}", f.file);
        let found: BTreeSet<&str> = detection
            .findings
            .iter()
            .map(|x| x.vendor.as_str())
            .collect();
        let present: BTreeSet<&str> = f.present.iter().map(String::as_str).collect();
        let t = found.intersection(&present).count();
        let p = found.difference(&present).count();
        let n = present.difference(&found).count();
        (tp, fp, fn_) = (tp + t, fp + p, fn_ + n);
        println!(
            "{:<26} {t:>3} {p:>3} {n:>3} {:>9.2} {:>6.2}  {}",
            f.file,
            ratio(t, t + p),
            ratio(t, t + n),
            f.setup
        );
        if p + n > 0 {
            for x in &detection.findings {
                let evidence: Vec<String> = x.evidence.iter().map(|e| e.describe(data)).collect();
                println!("    {}: {}", x.vendor, evidence.join("; "));
            }
        }
        for id in &f.absent {
            if found.contains(id.as_str()) {
                failures.push(format!("{}: reported {id}, which it must not", f.file));
            }
        }
        for x in &detection.findings {
            assert!(!x.evidence.is_empty() && x.evidence.len() <= MAX_EVIDENCE);
        }
    }
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    println!(
        "overall: {tp} true positives, {fp} false positives, {fn_} missed; precision {precision:.3}, recall {recall:.3}"
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
}

/// Chunks split lines, tags, JSON strings, escapes and UTF-8 sequences anywhere; the findings
/// must not depend on where.
#[test]
fn findings_do_not_depend_on_chunk_boundaries() {
    let data = dataset();
    for f in expected() {
        let bytes = std::fs::read(folder().join(&f.file)).unwrap();
        let whole = detect_all(data, std::str::from_utf8(&bytes).unwrap());
        for size in [1, 7, 333, 4096, 65536] {
            let mut d = Detector::new(data);
            for chunk in bytes.chunks(size) {
                d.feed_bytes(chunk);
            }
            let chunked = d.finish();
            assert_eq!(chunked, whole, "{} in chunks of {size}", f.file);
        }
    }
}

/// A detector reused for input after input (as the fuzzer does) carries nothing over: a HAR's
/// site, a problem, half a tag. Each fixture, read after the one before it, gives what a fresh
/// detector gives; and after binary junk, the next input is read normally.
#[test]
fn a_reset_detector_forgets_the_input_before() {
    let data = dataset();
    let mut reused = Detector::new(data);
    let mut inputs: Vec<Vec<u8>> = vec![b"\x00\x01<script src=\"https://".to_vec()];
    for f in expected() {
        inputs.push(std::fs::read(folder().join(&f.file)).unwrap());
        inputs.push(b"\xff\xfe{\"log\": {\"entries\": [".to_vec());
    }
    for bytes in &inputs {
        let mut fresh = Detector::new(data);
        fresh.feed_bytes(bytes);
        reused.feed_bytes(bytes);
        assert_eq!(reused.finish_and_reset(), fresh.finish());
    }
}

#[test]
fn har_evidence_names_the_request_and_the_cookie() {
    let data = dataset();
    let text = std::fs::read_to_string(folder().join("gtm-ga4.har")).unwrap();
    let d = detect_all(data, &text);
    let ga = d
        .findings
        .iter()
        .find(|f| f.vendor.as_str() == "google-analytics")
        .unwrap();
    let words: Vec<String> = ga.evidence.iter().map(|e| e.describe(data)).collect();
    assert!(
        words.iter().any(|w| w
            .starts_with("request to https://www.googletagmanager.com/gtag/js?id=G-QW8E2L5N1R")
            && w.ends_with("(catalog address www.googletagmanager.com/gtag/js?id=G-)")),
        "{words:?}"
    );
    assert!(
        words.contains(&"cookie _ga sent to www.roesterei-hansen.de".to_owned()),
        "{words:?}"
    );
    let shop = std::fs::read_to_string(folder().join("shopify-meta.har")).unwrap();
    let d = detect_all(data, &shop);
    let shopify = d
        .findings
        .iter()
        .find(|f| f.vendor.as_str() == "shopify")
        .unwrap();
    assert!(shopify.evidence.contains(&Evidence::Cookie {
        name: "_shopify_y".into(),
        set_by: Some("www.tidepool-swim.com".into()),
        sent_to: None,
    }));
    assert!(d.addresses >= 10, "{}", d.addresses);
}

#[test]
fn unreadable_input_says_why_and_keeps_what_came_before() {
    let data = dataset();
    let har = std::fs::read_to_string(folder().join("stripe-checkout.har")).unwrap();

    // Cut in the middle: the entries before the cut are found.
    let cut = &har[..har.find("checkout.stripe.com").unwrap()];
    let d = detect_all(data, cut);
    assert_eq!(d.kind, InputKind::Har);
    assert_eq!(d.problem, Some(Problem::HarTruncated));
    assert!(d.findings.iter().any(|f| f.vendor.as_str() == "stripe"));

    // A syntax error is placed by line and column.
    let broken = har.replacen("\"entries\": [", "\"entries\": [,", 1);
    let d = detect_all(data, &broken);
    let Some(Problem::HarSyntax { line, found, .. }) = &d.problem else {
        panic!("{:?}", d.problem);
    };
    assert_eq!(found, ",");
    let expected_line = broken[..broken.find("[,").unwrap()].lines().count();
    assert_eq!(*line, expected_line);
    assert!(d
        .problem
        .as_ref()
        .unwrap()
        .describe(data)
        .contains(&format!("line {line}")));

    // Binary: a PNG header, NUL bytes.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(std::iter::repeat_n(0u8, 5000));
    let mut d = Detector::new(data);
    d.feed_bytes(&png);
    let d = d.finish();
    assert_eq!(d.problem, Some(Problem::Binary));
    assert!(d.findings.is_empty());

    // Deep nesting is refused before it costs memory.
    let deep = format!("{{\"log\": {}", "[".repeat(100_000));
    let d = detect_all(data, &deep);
    assert!(
        matches!(d.problem, Some(Problem::HarTooDeep { .. })),
        "{:?}",
        d.problem
    );

    // Empty and whitespace-only input is an empty list, not a problem.
    for input in ["", "  \n", "\u{feff}"] {
        let d = detect_all(data, input);
        assert_eq!((d.findings.len(), d.problem), (0, None));
    }
}

/// A 20 MB HAR of many hosts, a few of them catalog ones, with big response bodies that mention
/// other vendors (read as text they would be false findings), fed in 256 KB chunks as the browser
/// does: found right, in bounded memory, quickly.
#[test]
fn a_20_mb_har_in_chunks() {
    let data = dataset();
    let har = big_har(20 << 20);
    assert!(har.len() >= 20 << 20);
    let started = std::time::Instant::now();
    let mut d = Detector::new(data);
    for chunk in har.as_bytes().chunks(256 << 10) {
        d.feed_bytes(chunk);
    }
    let d = d.finish();
    let took = started.elapsed();
    println!("20 MB HAR: {took:?}, {} addresses", d.addresses);
    assert_eq!(d.problem, None);
    let ids: Vec<&str> = d.findings.iter().map(|f| f.vendor.as_str()).collect();
    assert_eq!(ids, ["google-tag-manager", "hotjar", "stripe"]);
    assert!(took.as_secs() < 30, "{took:?}");
}

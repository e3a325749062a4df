//! Hostile files and links (issue 12): the import parsers, the share-link decoder, the plan
//! reader and the detector never panic and never run long on any input, and each hostile input
//! that people actually send gets a message (English dataset) that names its problem. The fuzz
//! targets in `fuzz/` explore the same functions for longer; crashes they find land here.

use std::io::Write;
use std::time::{Duration, Instant};

#[path = "../../../fuzz/chunks.rs"]
mod chunks;
mod common;

use base64::Engine;
use proptest::prelude::*;
use vendorplan_core::answers::{
    AnswersFile, ImportError, MAX_FILE_BYTES, MAX_NOTE, MAX_NOTES, MAX_ORGANISATION,
};
use vendorplan_core::detect::Detector;
use vendorplan_core::engine::build_plan;
use vendorplan_core::export;
use vendorplan_core::{catalog, diff, share};

const ANSWERS: &str = include_str!("fixtures/answers-v1.json");
const PLAN: &str = include_str!("fixtures/plan-v1.json");

/// The English messages of a refused answers file, or a panic if it was accepted.
fn refused(text: &str) -> Vec<String> {
    match AnswersFile::parse(text, catalog::dataset()) {
        Ok(a) => panic!("accepted: {a:?}"),
        Err(errors) => errors.iter().map(ImportError::to_string).collect(),
    }
}

/// The English messages of a plan file refused for a comparison.
fn plan_refused(text: &str) -> Vec<String> {
    match diff::read_plan(text) {
        Ok(_) => panic!("accepted as a plan"),
        Err(e) => e.describe(catalog::dataset()),
    }
}

/// The English messages of a refused share link.
fn link_refused(link: &str) -> Vec<String> {
    match share::decode(link, catalog::dataset()) {
        Ok(a) => panic!("accepted: {a:?}"),
        Err(errors) => errors.iter().map(ImportError::to_string).collect(),
    }
}

fn assert_names(messages: &[String], words: &[&str]) {
    let all = messages.join("\n");
    for w in words {
        assert!(all.contains(w), "{w:?} not in {all:?}");
    }
}

/// Runs `f`, failing if it takes longer than `limit` (debug build, shared CI machine).
fn quickly<T>(limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
    out
}

fn with_field(text: &str, key: &str, value: serde_json::Value) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    v[key] = value;
    v.to_string()
}

#[test]
fn the_fixtures_are_accepted() {
    AnswersFile::parse(ANSWERS, catalog::dataset()).unwrap();
    AnswersFile::parse(PLAN, catalog::dataset()).unwrap();
    diff::read_plan(PLAN).unwrap();
}

/// 50 MB: refused from its size before it is parsed, by the answers importer and the plan
/// reader alike (the browser and the CLI check the size before reading the file at all). A file
/// under the limit with a megabyte "organisation name" is read and refused by field.
#[test]
fn a_50_mb_file_is_refused_quickly() {
    let huge = "x".repeat(50 << 20);
    let file = with_field(ANSWERS, "organisation", huge.clone().into());
    let messages = quickly(Duration::from_millis(50), || refused(&file));
    assert_eq!(
        messages,
        ["the file is 50 MB; a Vendorplan file is at most 32 MB, so it was not read"]
    );
    let messages = quickly(Duration::from_millis(50), || plan_refused(&huge));
    assert_names(&messages, &["50 MB", "at most 32 MB"]);

    let name = with_field(ANSWERS, "organisation", "x".repeat(1 << 20).into());
    let messages = quickly(Duration::from_secs(5), || refused(&name));
    assert_names(&messages, &["organisation", "longer than 200 characters"]);
}

/// What Vendorplan writes it reads back: the plan file of every catalog vendor, in the longest
/// language, with the most notes of the longest length (in two-byte characters) allowed.
#[test]
fn the_largest_file_we_write_is_read_back() {
    let data = catalog::dataset_in("fr");
    let ids: Vec<&str> = data.vendors.iter().map(|v| v.id.as_str()).collect();
    let mut answers = common::answer_everything(data, &ids);
    answers.organisation = "é".repeat(MAX_ORGANISATION);
    answers.notes = (0..MAX_NOTES)
        .map(|i| (format!("note-{i}"), "é".repeat(MAX_NOTE)))
        .collect();
    let json = export::json(&build_plan(data, &answers));
    assert!(
        json.len() as u64 <= MAX_FILE_BYTES,
        "{} bytes: raise MAX_FILE_BYTES",
        json.len()
    );
    assert_eq!(AnswersFile::parse(&json, data).expect("read back"), answers);
    diff::read_plan(&json).expect("read back as a plan");
}

#[test]
fn deeply_nested_json_hits_the_recursion_limit() {
    let deep = "[".repeat(100_000);
    for text in [
        deep.clone(),
        format!("{{\"format\":{deep}"),
        "{\"a\":".repeat(100_000),
    ] {
        let messages = quickly(Duration::from_secs(5), || refused(&text));
        assert_names(
            &messages,
            &["not a readable JSON file", "recursion limit exceeded"],
        );
        let messages = quickly(Duration::from_secs(5), || plan_refused(&text));
        assert_names(
            &messages,
            &["not a readable JSON file", "recursion limit exceeded"],
        );
    }
    // In a share link, after inflating: 100k `[` compress to a few hundred bytes.
    assert_names(
        &link_refused(&pack(deep.as_bytes())),
        &["recursion limit exceeded"],
    );
    // A HAR file nested as deep: the detector's own depth limit.
    let mut d = Detector::new(catalog::dataset());
    d.feed(&format!("{{\"log\":{{\"entries\":{deep}"));
    let detection = quickly(Duration::from_secs(10), || d.finish());
    assert!(detection.problem.is_some(), "{detection:?}");
}

#[test]
fn wrong_format_and_version() {
    let messages = refused(&with_field(ANSWERS, "format", "something-else".into()));
    assert_names(&messages, &["not a Vendorplan file", "`something-else`"]);
    let messages = refused(&with_field(ANSWERS, "version", 0.into()));
    assert_names(&messages, &["version: missing or invalid format version"]);
    let messages = refused(&with_field(ANSWERS, "version", "1".into()));
    assert_names(&messages, &["missing or invalid format version"]);
    let messages = refused(&with_field(ANSWERS, "version", 2.into()));
    assert_names(
        &messages,
        &["newer Vendorplan (format version 2)", "up to 1"],
    );
    let messages = refused(&with_field(ANSWERS, "version", u64::MAX.into()));
    assert_names(&messages, &["newer Vendorplan"]);
    let messages = plan_refused(&with_field(PLAN, "format", "vendorplan-answers".into()));
    assert_names(&messages, &["not a Vendorplan file"]);
}

#[test]
fn unknown_fields_are_named() {
    let messages = refused(&with_field(ANSWERS, "surprise", true.into()));
    assert_names(
        &messages,
        &["not a readable answers file", "unknown field `surprise`"],
    );
}

/// A plan file from a newer Vendorplan: refused both as answers to import and as the earlier
/// plan of a comparison, with "update Vendorplan".
#[test]
fn a_plan_from_a_newer_version() {
    let newer = with_field(PLAN, "version", 2.into());
    assert_names(&refused(&newer), &["newer Vendorplan", "update Vendorplan"]);
    assert_names(
        &plan_refused(&newer),
        &["newer Vendorplan", "update Vendorplan"],
    );
    // A current plan carrying answers from a newer version.
    let mut v: serde_json::Value = serde_json::from_str(PLAN).unwrap();
    v["answers"]["version"] = 7.into();
    let messages = refused(&v.to_string());
    assert_names(&messages, &["answers.version", "format version 7"]);
}

/// Invalid UTF-8 read as a file's bytes: as the browser and the CLI read text (lossy, U+FFFD)
/// outside and inside strings, and in a share link after inflating.
#[test]
fn invalid_utf8() {
    let mut bytes = ANSWERS.as_bytes().to_vec();
    bytes.splice(0..0, [0xff, 0xfe, 0x80]);
    assert_names(
        &refused(&String::from_utf8_lossy(&bytes)),
        &["not a readable JSON file"],
    );
    assert_names(
        &plan_refused(&String::from_utf8_lossy(&bytes)),
        &["not a readable JSON file"],
    );
    // Inside a string: a question id that is no question.
    let inside = ANSWERS.replace("\"country\"", "\"coun\u{fffd}try\"");
    assert_names(&refused(&inside), &["unknown question `coun\u{fffd}try`"]);

    assert_names(
        &link_refused(&pack(&bytes)),
        &["not text (invalid UTF-8 at byte 0)"],
    );
    // The detector reads invalid bytes as U+FFFD, the same however they are chunked.
    let mut whole = Detector::new(catalog::dataset());
    whole.feed_bytes(&bytes);
    let mut split = Detector::new(catalog::dataset());
    for b in &bytes {
        split.feed_bytes(std::slice::from_ref(b));
    }
    assert_eq!(whole.finish(), split.finish());
}

/// A zip bomb renamed `.docx` (100 MB of zeros, about 100 KB zipped) offered as an answers file
/// or as the earlier plan: refused as not JSON from its first byte, never unzipped.
#[test]
fn a_zip_bomb_named_docx_is_not_unzipped() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..100 {
        zip.write_all(&zeros).unwrap();
    }
    let bomb = zip.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    let text = String::from_utf8_lossy(&bomb);
    let messages = quickly(Duration::from_secs(2), || refused(&text));
    assert_names(&messages, &["not a readable JSON file", "line 1 column 1"]);
    let messages = quickly(Duration::from_secs(2), || plan_refused(&text));
    assert_names(&messages, &["not a readable JSON file", "line 1 column 1"]);
}

/// A share link that inflates past the limit stops there (a DEFLATE bomb in a link).
#[test]
fn a_deflate_bomb_link_stops_at_the_limit() {
    let link = pack(&vec![b' '; 64 << 20]);
    let messages = quickly(Duration::from_secs(10), || link_refused(&link));
    assert_names(&messages, &["more than 1024 KiB"]);
}

/// Fuzz finding (`answers_file`): a 90-digit headcount parsed with serde_json's default
/// (fast, not correctly rounded) float reader is one ULP off, so the file written back reads as
/// a different number. Needs `serde_json`'s `float_roundtrip` feature in the workspace
/// `Cargo.toml`, which this file's owner may not change.
#[test]
fn regression_a_long_number_survives_a_round_trip() {
    let bytes = include_bytes!("../../../fuzz/regressions/answers_file-float-roundtrip.json");
    check_answers(&String::from_utf8_lossy(bytes));
}

/// Fuzz finding (`detect`): the order of a vendor's self-hosted evidence (`matomo.js`,
/// `matomo.php`) depends on where the chunks split. The input's first two bytes seed the chunk
/// sizes, as in the fuzz target.
/// Found by the fuzzer: a `//` right after a multi-byte character in an inline script made the
/// look-back for `https:` slice inside the character.
#[test]
fn regression_a_scheme_check_before_a_multibyte_character() {
    let input = include_bytes!("../../../fuzz/regressions/detect-scheme-before-multibyte.bin");
    let mut d = Detector::new(catalog::dataset());
    d.feed_bytes(&input[2..]);
    d.finish();
    let mut d = Detector::new(catalog::dataset());
    d.feed("<script>var a = '€//cdn.example.com/x.js'; var b = 'ü//';</script>");
    d.finish();
}

/// Replays a detect fuzz input as the target does: the first two bytes seed chunk sizes of 1 to
/// 64 bytes, and the chunked result must equal the whole one.
fn assert_chunking_does_not_matter(input: &[u8]) {
    let (seed, bytes) = chunks::split_seed(input);
    let data = catalog::dataset();
    let mut whole = Detector::new(data);
    whole.feed_bytes(bytes);
    let mut chunked = Detector::new(data);
    for chunk in chunks::chunks(seed, bytes) {
        chunked.feed_bytes(chunk);
    }
    assert_eq!(whole.finish(), chunked.finish());
}

#[test]
fn regression_self_hosted_evidence_order_does_not_depend_on_chunks() {
    assert_chunking_does_not_matter(include_bytes!(
        "../../../fuzz/regressions/detect-evidence-order.bin"
    ));
}

/// Found by the fuzzer: in an unclosed `<style>`, an address split over two chunks was read
/// whole in one case and not at all in the other.
#[test]
fn regression_an_inline_address_across_chunks() {
    assert_chunking_does_not_matter(include_bytes!(
        "../../../fuzz/regressions/detect-inline-url-across-chunks.bin"
    ));
}

fn pack(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(miniz_oxide::deflate::compress_to_vec(bytes, 6))
}

/// Text that looks like the files: JSON punctuation, the format names, field names and ids.
fn jsonish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"format\"".to_owned()),
        Just("\"vendorplan-answers\"".to_owned()),
        Just("\"vendorplan-plan\"".to_owned()),
        Just("\"version\"".to_owned()),
        Just("\"vendors\"".to_owned()),
        Just("\"answers\"".to_owned()),
        Just("\"jumpcloud\"".to_owned()),
        Just("\"jumpcloud.region_chosen\"".to_owned()),
        Just("\"country\"".to_owned()),
        Just("1".to_owned()),
        Just("-1e999".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("null".to_owned()),
        "\"[^\"\\\\]{0,8}\"",
        ".{0,3}",
    ];
    prop::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

/// One field of a real file replaced by an arbitrary JSON value.
fn mutated_file() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(Into::into),
        any::<i64>().prop_map(Into::into),
        any::<f64>().prop_map(
            |f| serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
        ),
        ".{0,12}".prop_map(Into::into),
    ];
    let value = leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Into::into),
            prop::collection::btree_map("[a-z_.]{0,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    let field = prop_oneof![
        Just("format"),
        Just("version"),
        Just("vendors"),
        Just("answers"),
        Just("done"),
        Just("organisation"),
        Just("notes"),
        Just("other"),
    ];
    (field, value).prop_map(|(f, v)| with_field(ANSWERS, f, v))
}

/// What a parser must hold for any text: no panic, and an accepted answers file reads back
/// the same after writing it and after a share link.
fn check_answers(text: &str) {
    let data = catalog::dataset();
    if let Ok(answers) = AnswersFile::parse(text, data) {
        let written = serde_json::to_string(&AnswersFile::from(&answers)).unwrap();
        let again = AnswersFile::parse(&written, data).unwrap();
        assert_eq!(AnswersFile::from(&answers), AnswersFile::from(&again));
        let linked = share::decode(&share::encode(&answers), data).unwrap();
        assert_eq!(AnswersFile::from(&answers), AnswersFile::from(&linked));
    }
    let _ = diff::read_plan(text);
    let _ = share::decode(text, data);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_read_or_refused(text in ".{0,200}") {
        check_answers(&text);
    }

    #[test]
    fn any_jsonish_text_is_read_or_refused(text in jsonish()) {
        check_answers(&text);
    }

    #[test]
    fn any_changed_field_is_read_or_refused(text in mutated_file()) {
        check_answers(&text);
    }

    /// Any vendor name or purpose as written into a consent configuration stays one string
    /// literal: it reads back as itself, and nothing in it can end an inline script or a line.
    #[test]
    fn any_text_stays_inside_its_javascript_literal(
        text in prop_oneof![".{0,40}", "[\"\\\\<>/'`\u{2028}\u{2029}\n\r\t$a-z]{0,40}"]
    ) {
        let literal = vendorplan_core::consent::js(&text);
        prop_assert_eq!(serde_json::from_str::<String>(&literal).unwrap(), text);
        prop_assert!(literal.starts_with('"') && literal.ends_with('"'));
        let inner = &literal[1..literal.len() - 1];
        prop_assert!(!inner.replace("\\\\", "").replace("\\\"", "").contains('"'), "{}", literal);
        for c in ['<', '\n', '\r', '\u{2028}', '\u{2029}'] {
            prop_assert!(!literal.contains(c), "{:?} in {}", c, literal);
        }
    }

    #[test]
    fn any_bytes_detect_the_same_in_any_chunks(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        cuts in prop::collection::vec(1usize..64, 1..20),
    ) {
        let data = catalog::dataset();
        let mut whole = Detector::new(data);
        whole.feed_bytes(&bytes);
        let mut chunked = Detector::new(data);
        let mut rest = &bytes[..];
        for n in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let n = (*n).min(rest.len());
            chunked.feed_bytes(&rest[..n]);
            rest = &rest[n..];
        }
        prop_assert_eq!(whole.finish(), chunked.finish());
    }
}

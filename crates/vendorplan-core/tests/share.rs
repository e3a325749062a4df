//! The share link (`#a=<payload>`): round trips, every way a link can be wrong, and that no
//! input makes `decode` panic or run long.

use std::time::{Duration, Instant};

use base64::Engine;
mod common;

use common::{answer_everything, data_with_fixtures as data};
use proptest::prelude::*;
use vendorplan_core::answers::{Answer, AnswerKey, Answers, ImportError};
use vendorplan_core::share::{decode, encode, MAX_INFLATED};
use vendorplan_core::{dataset, share};
use vendorplan_data::{QuestionKind, Scope, VendorId};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// A payload carrying these bytes, compressed as `encode` does.
fn pack(bytes: &[u8]) -> String {
    B64.encode(miniz_oxide::deflate::compress_to_vec(bytes, 10))
}

/// The one error for the link as a whole.
fn link_error(payload: &str) -> String {
    match decode(payload, dataset()) {
        Ok(a) => panic!("{payload:?} decoded to {a:?}"),
        Err(errors) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].at, "", "{errors:?}");
            errors[0].problem.to_string()
        }
    }
}

fn text(s: &str) -> Answer {
    Answer::Text(s.to_owned())
}

#[test]
fn answers_survive_the_link() {
    let all: Vec<&str> = data().vendors.iter().map(|v| v.id.as_str()).collect();
    let mut mixed = answer_everything(data(), &["jumpcloud", "keycloak"]);
    mixed
        .answers
        .insert(AnswerKey::org("country"), Answer::unknown());
    mixed
        .answers
        .insert(AnswerKey::org("headcount"), Answer::Number(12.5));
    mixed.answers.insert(
        AnswerKey::vendor(&"keycloak".into(), "dpa_signed"),
        Answer::unknown(),
    );
    let mut unanswered = Answers::default();
    unanswered.vendors.insert("authentik".into());
    for a in [
        Answers::default(),
        unanswered,
        answer_everything(data(), &["jumpcloud"]),
        answer_everything(data(), &all),
        mixed,
    ] {
        let payload = encode(&a);
        assert_eq!(decode(&payload, data()), Ok(a.clone()), "{payload}");
        assert_eq!(encode(&a.clone()), payload, "encode is deterministic");
        assert!(
            payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{payload}"
        );
    }
}

#[test]
fn answers_about_vendors_not_selected_stay_out_of_the_link() {
    let mut a = answer_everything(dataset(), &["jumpcloud", "keycloak"]);
    let with_keycloak = encode(&a);
    a.vendors.remove(&VendorId::from("keycloak"));
    let without = decode(&encode(&a), dataset()).unwrap();
    assert!(without
        .answers
        .keys()
        .all(|k| k.vendor.is_none() || k.vendor == Some("jumpcloud".into())));
    assert!(encode(&a).len() < with_keycloak.len());
}

#[test]
fn links_are_short() {
    let jumpcloud = encode(&answer_everything(dataset(), &["jumpcloud"]));
    // 30 vendors with 5 answers each, beside every organisation question. Vendor ids are made up
    // (the catalog has fewer), which `encode` does not check.
    let names =
        "google-workspace microsoft-365 slack zoom atlassian-jira confluence github gitlab \
        aws azure google-cloud cloudflare hubspot salesforce mailchimp intercom zendesk stripe \
        paypal google-analytics hotjar personio bamboohr workday docusign dropbox notion miro okta \
        jumpcloud";
    let mut thirty = answer_everything(dataset(), &[]);
    thirty.answers.retain(|k, _| k.vendor.is_none());
    for (i, name) in names.split_whitespace().enumerate() {
        let v = VendorId::from(name);
        thirty.vendors.insert(v.clone());
        for (j, q) in [
            "region_chosen",
            "dpa_signed",
            "admin_mfa",
            "retention_set",
            "logs_to_siem",
        ]
        .iter()
        .enumerate()
        {
            let answer = match (q, (i + j) % 3) {
                (&"region_chosen", _) => text("eu"),
                (_, 0) => Answer::yes(true),
                (_, 1) => Answer::yes(false),
                _ => Answer::unknown(),
            };
            thirty.answers.insert(AnswerKey::vendor(&v, q), answer);
        }
    }
    assert_eq!(thirty.vendors.len(), 30);
    let json = serde_json::to_vec(&vendorplan_core::AnswersFile::from(&thirty)).unwrap();
    let thirty = encode(&thirty);
    eprintln!(
        "share link payload: JumpCloud, everything answered: {} characters; \
         30 vendors x 5 answers: {} characters (from {} bytes of JSON)",
        jumpcloud.len(),
        thirty.len(),
        json.len()
    );
    // Guards against regressions; a URL of a few thousand characters still works everywhere.
    assert!(jumpcloud.len() < 400, "{}", jumpcloud.len());
    assert!(thirty.len() < 1500, "{}", thirty.len());
}

#[test]
fn prefixes_and_whitespace_are_ignored() {
    let a = answer_everything(dataset(), &["jumpcloud"]);
    let p = encode(&a);
    let wrapped: String = p
        .as_bytes()
        .chunks(40)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n> ");
    let wrapped = wrapped.replace('>', "");
    for link in [
        p.clone(),
        format!("#a={p}"),
        format!("#{p}"),
        format!("a={p}"),
        format!("https://vendorplan.example/#a={p}"),
        format!("  https://vendorplan.example/\n#a={wrapped}\n\t"),
        format!("#a={wrapped}"),
    ] {
        assert_eq!(decode(&link, dataset()), Ok(a.clone()), "{link}");
    }
}

#[test]
fn an_empty_link_says_it_carries_no_answers() {
    for link in [
        "",
        "  \n",
        "#",
        "#a=",
        "a=",
        "https://vendorplan.example/#a= \n",
        "https://vendorplan.example/",
    ] {
        let m = link_error(link);
        assert!(m.contains("carries no answers"), "{link:?}: {m}");
    }
}

#[test]
fn characters_outside_base64url_are_named() {
    for (link, bad) in [
        ("abc$def", "`$`"),
        ("ab+/cd", "`+`"),
        ("abc%3D", "`%`"),
        ("abcé", "`é`"),
        ("ab=cd", "`=`"),
    ] {
        let m = link_error(link);
        assert!(
            m.contains("damaged") && m.contains(bad) && m.contains("letters, digits"),
            "{link}: {m}"
        );
    }
}

#[test]
fn a_link_cut_short_says_it_is_incomplete() {
    let p = encode(&answer_everything(dataset(), &["jumpcloud"]));
    let half = &p[..p.len() / 2];
    let m = link_error(half);
    assert!(
        m.contains("incomplete") && m.contains("Copy the whole link"),
        "{m}"
    );
    // Wherever it is cut, an error that says so, never answers.
    for cut in 1..p.len() {
        let m = link_error(&p[..cut]);
        assert!(m.contains("incomplete"), "cut at {cut}: {m}");
    }
}

#[test]
fn data_that_is_not_deflate_is_damaged() {
    // 0xFF starts a block of the reserved type 3.
    let m = link_error(&B64.encode([0xFF; 8]));
    assert!(m.contains("not valid compressed data"), "{m}");
}

#[test]
fn a_tampered_link_is_an_error_or_other_answers_never_a_panic() {
    let a = answer_everything(dataset(), &["jumpcloud"]);
    let p = encode(&a);
    // The first character holds the block header: changing it breaks the stream.
    let m = link_error(&format!("_{}", &p[1..]));
    assert!(m.contains("damaged") || m.contains("incomplete"), "{m}");
    // Raw DEFLATE has no checksum, so a change deep in the stream may inflate to other valid
    // answers (a different yes/no, say). Each change must give an error or some answers.
    let (mut refused, mut accepted) = (0, 0);
    for i in 0..p.len() {
        for c in ['A', 'f', '0', '-', '_'] {
            let mut t = p.clone().into_bytes();
            if t[i] == c as u8 {
                continue;
            }
            t[i] = c as u8;
            match decode(std::str::from_utf8(&t).unwrap(), dataset()) {
                Ok(b) => accepted += usize::from(b != a),
                Err(e) => {
                    assert!(!e.is_empty());
                    refused += 1;
                }
            }
        }
    }
    eprintln!("single-character changes: {refused} refused, {accepted} read as other answers");
    assert!(
        refused > 10 * accepted,
        "{refused} refused, {accepted} accepted"
    );
}

/// A raw DEFLATE stream that inflates to `blocks` MiB of spaces: one compressed MiB, as non-final
/// byte-aligned blocks, repeated, then an empty final block.
fn bomb(blocks: usize) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
    };
    let mut c = CompressorOxide::new(create_comp_flags_from_zip_params(9, -15, 0));
    let mut out = vec![0; 64 * 1024];
    let (_, read, written) = compress(&mut c, &vec![b' '; 1 << 20], &mut out, TDEFLFlush::Sync);
    assert_eq!(read, 1 << 20);
    out.truncate(written);
    let mut stream = out.repeat(blocks);
    stream.extend([0x03, 0x00]); // BFINAL = 1, fixed Huffman, end of block.
    stream
}

#[test]
fn a_decompression_bomb_is_refused_quickly() {
    // A bomb that fits comfortably: checks the bomb itself before trusting the refusal.
    let small = miniz_oxide::inflate::decompress_to_vec(&bomb(1)).unwrap();
    eprintln!("one MiB compresses to {} bytes", bomb(1).len());
    assert_eq!(small.len(), 1 << 20);

    // 200 MiB of spaces, in a link short enough to be read.
    let payload = B64.encode(bomb(200));
    let started = Instant::now();
    let m = link_error(&payload);
    let took = started.elapsed();
    assert!(
        m.contains(&format!("more than {} KiB", MAX_INFLATED / 1024)),
        "{m}"
    );
    assert!(took < Duration::from_secs(2), "took {took:?}");
    eprintln!(
        "200 MiB bomb in {} characters refused in {took:?}",
        payload.len()
    );
}

#[test]
fn just_over_the_limit_is_refused_and_just_under_is_read() {
    let pad = |n: usize| {
        let mut json =
            br#"{"format":"vendorplan-answers","version":1,"vendors":[],"answers":{}}"#.to_vec();
        json.resize(n, b' ');
        pack(&json)
    };
    assert_eq!(
        decode(&pad(MAX_INFLATED), dataset()),
        Ok(Answers::default())
    );
    let m = link_error(&pad(MAX_INFLATED + 1));
    assert!(m.contains("KiB"), "{m}");
}

#[test]
fn a_huge_paste_is_refused_before_it_is_read() {
    let huge = "A".repeat(4 << 20);
    let started = Instant::now();
    let m = link_error(&huge);
    assert!(m.contains("too long"), "{m}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn what_is_not_utf8_json_or_an_answers_file_is_refused_by_name() {
    let m = link_error(&pack(&[0x7B, 0xFF, 0xFE]));
    assert!(m.contains("not text (invalid UTF-8 at byte 1)"), "{m}");

    let m = link_error(&pack(b"hello"));
    assert!(m.contains("not a readable JSON file"), "{m}");

    let m = link_error(&pack(br#"{"format":"something-else","version":1}"#));
    assert!(m.contains("not a Vendorplan file"), "{m}");

    let e = decode(
        &pack(br#"{"format":"vendorplan-answers","version":99}"#),
        dataset(),
    )
    .unwrap_err();
    assert_eq!(e[0].at, "version");
    assert!(
        e[0].problem.to_string().contains("newer Vendorplan"),
        "{e:?}"
    );

    let m = link_error(&pack(
        br#"{"format":"vendorplan-answers","version":1,"vendors":[]}"#,
    ));
    assert!(m.contains("not a readable answers file"), "{m}");
}

#[test]
fn unknown_vendors_and_questions_are_listed_with_their_place() {
    let json = br#"{"format":"vendorplan-answers","version":1,"vendors":["jumpcloud","nope"],
        "answers":{"no_such_question":"yes","jumpcloud.dpa_signed":"maybe"}}"#;
    let errors = decode(&pack(json), dataset()).unwrap_err();
    let has = |at: &str, part: &str| {
        errors
            .iter()
            .any(|e: &ImportError| e.at == at && e.problem.to_string().contains(part))
    };
    assert!(has("vendors[1]", "unknown vendor `nope`"), "{errors:?}");
    assert!(
        has("answers.no_such_question", "unknown question"),
        "{errors:?}"
    );
    assert!(
        has("answers.jumpcloud.dpa_signed", "`maybe` is not an answer"),
        "{errors:?}"
    );
}

#[test]
fn the_whole_catalog_answered_is_far_below_the_limit() {
    let all: Vec<&str> = data().vendors.iter().map(|v| v.id.as_str()).collect();
    let json = serde_json::to_vec(&vendorplan_core::AnswersFile::from(&answer_everything(
        data(),
        &all,
    )))
    .unwrap();
    // Room for the catalog to grow several times over.
    assert!(json.len() * 4 < MAX_INFLATED, "{}", json.len());
}

#[test]
fn the_fragment_prefix_is_what_decode_strips() {
    assert_eq!(share::FRAGMENT_PREFIX, "#a=");
}

/// Answers drawn from the data: a vendor subset, then for every question per scope either no
/// answer, "I don't know" or a valid answer picked by `picks`.
fn drawn(mask: u64, picks: &[u16], numbers: &[f64]) -> Answers {
    let data = data();
    let mut a = Answers::default();
    for (i, v) in data.vendors.iter().enumerate() {
        if mask & (1 << (i % 64)) != 0 {
            a.vendors.insert(v.id.clone());
        }
    }
    let mut keys = Vec::new();
    for q in &data.questions {
        match q.scope {
            Scope::Organisation => keys.push((AnswerKey::org(q.id.as_str()), q)),
            Scope::Vendor => keys.extend(
                a.vendors
                    .iter()
                    .map(|v| (AnswerKey::vendor(v, q.id.as_str()), q)),
            ),
        }
    }
    for (n, (key, q)) in keys.into_iter().enumerate() {
        let pick = usize::from(picks[n % picks.len()]);
        let answer = match pick % 4 {
            0 => continue,
            1 => Answer::unknown(),
            _ => match q.kind {
                QuestionKind::YesNo => Answer::yes(pick % 2 == 0),
                QuestionKind::Choice => text(&q.options[pick % q.options.len()].id),
                QuestionKind::MultiChoice => Answer::List(
                    q.options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| pick & (1 << (i % 16)) != 0)
                        .map(|(_, o)| o.id.clone())
                        .collect(),
                ),
                QuestionKind::Country => {
                    text(data.countries[pick % data.countries.len()].code.as_str())
                }
                QuestionKind::Number => Answer::Number(numbers[n % numbers.len()]),
            },
        };
        a.answers.insert(key, answer);
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    })]

    #[test]
    fn decode_never_panics_on_any_text(s in any::<String>()) {
        let _ = decode(&s, data());
    }

    #[test]
    fn decode_never_panics_on_base64url_text(s in "[A-Za-z0-9_-]{0,300}") {
        let _ = decode(&s, data());
    }

    #[test]
    fn decode_never_panics_on_any_compressed_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(&B64.encode(&bytes), data());
    }

    #[test]
    fn decode_never_panics_on_any_inflated_text(s in any::<String>()) {
        let _ = decode(&pack(s.as_bytes()), data());
    }

    #[test]
    fn decode_never_panics_on_a_changed_link(
        mask in any::<u64>(),
        picks in prop::collection::vec(any::<u16>(), 1..40),
        at in any::<usize>(),
        c in "[A-Za-z0-9_-]",
        cut in any::<usize>(),
    ) {
        let p = encode(&drawn(mask, &picks, &[1.0]));
        let at = at % p.len();
        let changed = format!("{}{c}{}", &p[..at], &p[at + 1..]);
        let _ = decode(&changed, data());
        let _ = decode(&p[..cut % p.len()], data());
    }

    #[test]
    fn decode_undoes_encode(
        mask in any::<u64>(),
        picks in prop::collection::vec(any::<u16>(), 1..40),
        // Headcounts: whole numbers, and a few with one decimal. (Numbers with 16 or more
        // significant digits may come back 1 ULP off: serde_json parses floats without its
        // `float_roundtrip` feature.)
        numbers in prop::collection::vec((0u64..10_000_000_000, any::<bool>())
            .prop_map(|(n, tenths)| if tenths { n as f64 / 10.0 } else { n as f64 }), 1..4),
    ) {
        let a = drawn(mask, &picks, &numbers);
        let p = encode(&a);
        prop_assert_eq!(decode(&p, data()), Ok(a.clone()));
        prop_assert_eq!(decode(&format!("#a={p}"), data()), Ok(a));
    }
}

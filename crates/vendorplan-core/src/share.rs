//! The share link: the visitor's answers travel in the URL fragment, `#a=<payload>`, which
//! browsers never send to a server.
//!
//! The payload is the answers file ([`AnswersFile`]) as compact JSON, compressed with raw DEFLATE
//! (RFC 1951, no zlib or gzip wrapper) and written in base64url without padding (RFC 4648 §5).
//! Reading a link inflates at most [`MAX_INFLATED`] bytes, then hands the text to
//! [`AnswersFile::parse`], so a link is checked exactly like an imported file, version and
//! migration included.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, DecodeError, Engine};
use miniz_oxide::inflate::TINFLStatus;
use vendorplan_data::Dataset;

use crate::answers::{Answers, AnswersFile, ImportError, ImportProblem};

/// What comes before the payload in a link: `https://…/#a=<payload>`.
pub const FRAGMENT_PREFIX: &str = "#a=";

/// The most a payload may inflate to, in bytes. The whole catalog selected with every question
/// answered is about 100 KiB of JSON; a payload that would inflate to more than this is refused
/// after inflating this much, never more.
pub const MAX_INFLATED: usize = 1024 * 1024;

/// The longest text [`decode`] reads, in characters once whitespace is removed: the base64url of
/// [`MAX_INFLATED`] bytes stored uncompressed, plus room for DEFLATE's block headers and for the
/// address before `#`. Anything longer could not inflate to an acceptable size anyway.
const MAX_TEXT: usize = (MAX_INFLATED + 4096).div_ceil(3) * 4;

/// DEFLATE level: miniz_oxide's strongest. Links are short, so the extra effort costs nothing.
const LEVEL: u8 = 10;

/// base64url (`-` and `_`), written without padding; `=` padding is tolerated when reading.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The payload of the share link (what follows `#a=`) for these answers. Deterministic: the same
/// answers always give the same text. Answers about vendors not selected are left out, as in the
/// answers file.
pub fn encode(answers: &Answers) -> String {
    let json = serde_json::to_vec(&AnswersFile::from(answers))
        .expect("an answers file has string keys, so it always serializes");
    BASE64URL.encode(miniz_oxide::deflate::compress_to_vec(&json, LEVEL))
}

/// The answers in a share link. Accepts the payload alone, `#a=<payload>`, `#<payload>` or the
/// whole link, with any whitespace (a link wrapped in an email) removed. Every problem is an
/// [`ImportError`] whose `at` is empty for the link as a whole, or a path into the answers file
/// for a problem in the answers, as when importing a file. Never panics; the work is bounded by
/// [`MAX_INFLATED`].
pub fn decode(payload: &str, data: &Dataset) -> Result<Answers, Vec<ImportError>> {
    let json = unpack(payload).map_err(|problem| vec![ImportError::new("", problem)])?;
    AnswersFile::parse(&json, data)
}

/// The answers file's text in a link, or why there is none.
fn unpack(text: &str) -> Result<String, ImportProblem> {
    let payload = payload_of(text)?;
    let compressed = BASE64URL
        .decode(&payload)
        .map_err(|e| base64_error(&e, &payload))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_INFLATED)
        .map_err(|e| inflate_error(e.status))?;
    String::from_utf8(json).map_err(|e| ImportProblem::LinkNotText {
        byte: e.utf8_error().valid_up_to(),
    })
}

/// The payload in a link: whitespace removed, and anything up to `#`, then `a=`, dropped.
fn payload_of(text: &str) -> Result<String, ImportProblem> {
    let mut cleaned = String::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if cleaned.len() >= MAX_TEXT {
            return Err(ImportProblem::LinkTooLong { max: MAX_TEXT });
        }
        cleaned.push(c);
    }
    let payload = match cleaned.split_once('#') {
        Some((_, fragment)) => fragment,
        // An address without a fragment, such as the app's own.
        None if cleaned.contains("://") => "",
        None => &cleaned,
    };
    let payload = payload.strip_prefix("a=").unwrap_or(payload);
    if payload.is_empty() {
        return Err(ImportProblem::LinkEmpty);
    }
    Ok(payload.to_owned())
}

fn base64_error(e: &DecodeError, payload: &str) -> ImportProblem {
    match *e {
        DecodeError::InvalidByte(at, _) => {
            // `at` is a byte offset, possibly inside a multi-byte character.
            let found = payload
                .char_indices()
                .find(|(i, c)| at < i + c.len_utf8())
                .map(|(_, c)| c);
            ImportProblem::LinkBadCharacter { found }
        }
        DecodeError::InvalidLength(_) | DecodeError::InvalidLastSymbol(..) => {
            ImportProblem::LinkCutOff
        }
        DecodeError::InvalidPadding => ImportProblem::LinkPadding,
    }
}

fn inflate_error(status: TINFLStatus) -> ImportProblem {
    match status {
        TINFLStatus::HasMoreOutput => ImportProblem::LinkTooBig {
            kib: MAX_INFLATED / 1024,
        },
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
            ImportProblem::LinkEndsEarly
        }
        _ => ImportProblem::LinkDamaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_is_what_follows_the_fragment_prefix() {
        for (text, payload) in [
            ("abc", "abc"),
            ("#abc", "abc"),
            ("#a=abc", "abc"),
            ("a=abc", "abc"),
            ("https://vendorplan.example/?x=1#a=abc", "abc"),
            (" #a=a\r\n  b\tc \n", "abc"),
        ] {
            assert_eq!(payload_of(text).as_deref(), Ok(payload), "{text:?}");
        }
        for text in ["", " \n", "#", "#a=", "a=", "https://vendorplan.example/"] {
            assert_eq!(payload_of(text), Err(ImportProblem::LinkEmpty), "{text:?}");
            assert!(ImportProblem::LinkEmpty.to_string().contains("no answers"));
        }
    }

    #[test]
    fn the_longest_accepted_text_is_bounded() {
        assert!(payload_of(&"A".repeat(MAX_TEXT)).is_ok());
        assert!(payload_of(&"A".repeat(MAX_TEXT + 1))
            .unwrap_err()
            .to_string()
            .contains("too long"));
        // Whitespace does not count.
        assert!(payload_of(&format!("{}\n\n", "A".repeat(MAX_TEXT))).is_ok());
        // A stored (uncompressed) payload of the largest size still fits.
        let stored = miniz_oxide::deflate::compress_to_vec(&vec![7; MAX_INFLATED], 0);
        assert!(BASE64URL.encode(stored).len() <= MAX_TEXT);
    }

    #[test]
    fn every_inflate_failure_has_a_message() {
        for status in [
            TINFLStatus::FailedCannotMakeProgress,
            TINFLStatus::BadParam,
            TINFLStatus::Adler32Mismatch,
            TINFLStatus::Failed,
            TINFLStatus::NeedsMoreInput,
            TINFLStatus::HasMoreOutput,
        ] {
            assert!(inflate_error(status)
                .to_string()
                .starts_with("this share link "));
        }
    }

    #[test]
    fn every_base64_failure_has_a_message() {
        for e in [
            DecodeError::InvalidByte(0, b'$'),
            DecodeError::InvalidByte(99, b'$'),
            DecodeError::InvalidLength(5),
            DecodeError::InvalidLastSymbol(4, b'B'),
            DecodeError::InvalidPadding,
        ] {
            assert!(base64_error(&e, "$")
                .to_string()
                .starts_with("this share link "));
        }
    }
}

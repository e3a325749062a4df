//! Autosave: the answers file in `localStorage`, never anywhere else. The hosted page saves
//! under [`ANSWERS_KEY`]; each embedded widget under a key of its own.
//!
//! The work is one record under one key, so a save is a single `setItem`, which the browser
//! applies whole or not at all. The record is a header line and the answers file:
//!
//! ```text
//! {"autosave":1,"saved":7,"length":312,"fnv1a64":"6c62272e07bb0142"}
//! {"format":"vendorplan-answers","version":1,…}
//! ```
//!
//! The length and checksum catch a record that something else cut short or changed (another
//! program, a broken extension, a disk error); the record it replaced stays under
//! `<key>.previous` and is loaded instead. The language and the theme are preferences kept
//! under keys of their own: a save that fails between them can leave a preference behind, never
//! the work half-written.
//!
//! Every access goes through [`raw_storage`], never through `gloo::storage`: a browser that
//! blocks storage (some private modes, a host's settings, a sandboxed frame) throws a
//! `SecurityError` on the mere `window.localStorage`, which `gloo` turns into an exception
//! thrown through the wasm, and the app never got to render. Here it only means nothing is
//! kept, and the visitor is told so.

use serde::{Deserialize, Serialize};
use vendorplan_core::answers::{Answers, AnswersFile};
use vendorplan_core::dataset;

pub const ANSWERS_KEY: &str = "vendorplan.answers";
/// The theme choice, written by the theme toggle.
pub const THEME_KEY: &str = "vendorplan.theme";
/// The version of the record's header; a header of another version is not read.
const RECORD_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    autosave: u32,
    /// Counts the saves under this key, so two tabs can tell which record is newer.
    saved: u64,
    /// Bytes of the answers file after the header line.
    length: usize,
    fnv1a64: String,
}

/// FNV-1a: a few lines, no dependency, and enough to notice a damaged record (it guards
/// against accidents, not against someone who can write to the storage anyway).
fn fnv1a64(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A record that passed every check.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub saved: u64,
    pub answers: Answers,
}

/// The stored text as it was written: JSON-encoded, as `gloo::storage` keeps strings, so that
/// records and preferences read the same through it (earlier versions wrote preferences with
/// it, and the wasm tests read with it).
fn decode_stored(raw: &str) -> Option<String> {
    serde_json::from_str(raw).ok()
}

/// Reads a record written by [`save`], or an answers file saved by earlier versions (without
/// the header); `None` when it is damaged or not valid for this catalog.
pub fn parse_record(raw: &str) -> Option<Record> {
    let text = decode_stored(raw)?;
    let Some((head, body)) = text.split_once('\n') else {
        // Before records had a header.
        return AnswersFile::parse(&text, dataset())
            .ok()
            .map(|answers| Record { saved: 0, answers });
    };
    let header: Header = serde_json::from_str(head).ok()?;
    if header.autosave != RECORD_VERSION
        || header.length != body.len()
        || header.fnv1a64 != fnv1a64(body.as_bytes())
    {
        return None;
    }
    let answers = AnswersFile::parse(body, dataset()).ok()?;
    Some(Record {
        saved: header.saved,
        answers,
    })
}

fn raw_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Whether this browser lets the page use `localStorage` at all. When it does, a save can still
/// fail because the storage is full; [`save`] says so.
pub fn available() -> bool {
    raw_storage().is_some()
}

fn get_raw(key: &str) -> Option<String> {
    raw_storage()?.get_item(key).ok().flatten()
}

fn previous_key(key: &str) -> String {
    format!("{key}.previous")
}

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet (or storage is off).
    Nothing,
    /// The last save, intact.
    Saved(Answers),
    /// The last save was damaged; the one before it was loaded.
    Recovered(Answers),
    /// Something was saved, but neither it nor the save before could be read.
    Unreadable,
}

impl Loaded {
    pub fn answers(&self) -> Answers {
        match self {
            Loaded::Saved(a) | Loaded::Recovered(a) => a.clone(),
            Loaded::Nothing | Loaded::Unreadable => Answers::default(),
        }
    }
}

/// The answers saved under `key`, falling back to the previous record when the last one is
/// damaged.
pub fn load(key: &str) -> Loaded {
    let Some(current) = get_raw(key) else {
        return Loaded::Nothing;
    };
    if let Some(record) = parse_record(&current) {
        return Loaded::Saved(record.answers);
    }
    match get_raw(&previous_key(key))
        .as_deref()
        .and_then(parse_record)
    {
        Some(record) => Loaded::Recovered(record.answers),
        None => Loaded::Unreadable,
    }
}

/// Saves the answers under `key`, keeping the record it replaces under `<key>.previous`;
/// `false` when the browser refused (storage disabled, as in some private modes or for files
/// opened from disk, or full). The page keeps working either way, and says so. Nothing is
/// written once the app has crashed: its state can no longer be trusted.
pub fn save(key: &str, answers: &Answers) -> bool {
    if crate::crash::crashed() {
        return false;
    }
    let Some(storage) = raw_storage() else {
        return false;
    };
    let current = storage.get_item(key).ok().flatten();
    let current_record = current.as_deref().and_then(parse_record);
    if current_record
        .as_ref()
        .is_some_and(|r| r.answers == *answers)
    {
        return true;
    }
    // Nothing stored and nothing to keep: after "forget everything" (or on a first visit) no
    // key is written until there is work.
    if current.is_none() && *answers == Answers::default() {
        return true;
    }
    let Ok(body) = serde_json::to_string(&AnswersFile::from(answers)) else {
        return false;
    };
    let header = Header {
        autosave: RECORD_VERSION,
        saved: current_record.as_ref().map_or(0, |r| r.saved) + 1,
        length: body.len(),
        fnv1a64: fnv1a64(body.as_bytes()),
    };
    let Ok(head) = serde_json::to_string(&header) else {
        return false;
    };
    let Ok(stored) = serde_json::to_string(&format!("{head}\n{body}")) else {
        return false;
    };
    // Only a good record becomes the fallback: a damaged one must not push out the last
    // good one. When the copy does not fit, the older fallback stays, which is still good.
    if let (Some(current), Some(_)) = (&current, &current_record) {
        let _ = storage.set_item(&previous_key(key), current);
    }
    storage.set_item(key, &stored).is_ok()
}

/// Where the visitor's choice of language for the widget saving under `key` is kept.
fn language_key(key: &str) -> String {
    format!("{key}.lang")
}

/// A preference saved by [`save_preference`].
pub fn load_preference(key: &str) -> Option<String> {
    get_raw(key).as_deref().and_then(decode_stored)
}

/// Keeps a preference, JSON-encoded like the record; a browser that keeps nothing forgets it on
/// reload.
pub fn save_preference(key: &str, value: &str) {
    if let (Some(storage), Ok(stored)) = (raw_storage(), serde_json::to_string(value)) {
        let _ = storage.set_item(key, &stored);
    }
}

/// The language the visitor chose in this widget, if they chose one.
pub fn load_language(key: &str) -> Option<String> {
    load_preference(&language_key(key))
}

/// Keeps the visitor's choice of language.
pub fn save_language(key: &str, code: &str) {
    save_preference(&language_key(key), code);
}

/// Every key this widget writes: the answers, the fallback, the language, the theme.
pub fn keys(key: &str) -> [String; 4] {
    [
        key.to_owned(),
        previous_key(key),
        language_key(key),
        THEME_KEY.to_owned(),
    ]
}

/// Removes every key this widget wrote.
pub fn forget(key: &str) {
    if let Some(storage) = raw_storage() {
        for k in keys(key) {
            let _ = storage.remove_item(&k);
        }
    }
}

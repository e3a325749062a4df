//! Autosave: the answers file in `localStorage`, never anywhere else. The hosted page saves
//! under [`ANSWERS_KEY`]; each embedded widget under a key of its own.

use gloo::storage::{LocalStorage, Storage};
use vendorplan_core::answers::{Answers, AnswersFile};
use vendorplan_core::dataset;

pub const ANSWERS_KEY: &str = "vendorplan.answers";
/// The theme choice, written by the theme toggle.
pub const THEME_KEY: &str = "vendorplan.theme";

/// The answers saved under `key`, if any are stored and still valid for this catalog.
pub fn load(key: &str) -> Option<Answers> {
    let text: String = LocalStorage::get(key).ok()?;
    AnswersFile::parse(&text, dataset()).ok()
}

/// Saves the answers under `key`; `false` when the browser refused (storage disabled, as in
/// some private modes or for files opened from disk, or full). The page keeps working either
/// way, and says so.
pub fn save(key: &str, answers: &Answers) -> bool {
    let file = AnswersFile::from(answers);
    serde_json::to_string(&file).is_ok_and(|text| LocalStorage::set(key, text).is_ok())
}

/// Where the visitor's choice of language for the widget saving under `key` is kept.
fn language_key(key: &str) -> String {
    format!("{key}.lang")
}

/// The language the visitor chose in this widget, if they chose one.
pub fn load_language(key: &str) -> Option<String> {
    LocalStorage::get(language_key(key)).ok()
}

/// Keeps the visitor's choice of language; a browser that keeps nothing forgets it on reload.
pub fn save_language(key: &str, code: &str) {
    let _ = LocalStorage::set(language_key(key), code);
}

/// Removes every key this widget wrote.
pub fn forget(key: &str) {
    LocalStorage::delete(key);
    LocalStorage::delete(language_key(key));
    LocalStorage::delete(THEME_KEY);
}

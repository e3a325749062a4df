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

/// Removes every key this widget wrote.
pub fn forget(key: &str) {
    LocalStorage::delete(key);
    LocalStorage::delete(THEME_KEY);
}

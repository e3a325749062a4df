//! Autosave: the answers file in `localStorage`, never anywhere else.

use gloo::storage::{LocalStorage, Storage};
use vendorplan_core::answers::{Answers, AnswersFile};
use vendorplan_core::dataset;

const KEY: &str = "vendorplan.answers";
/// The theme choice, written by the theme toggle.
pub const THEME_KEY: &str = "vendorplan.theme";

/// The saved answers, if any are stored and still valid for this catalog.
pub fn load() -> Option<Answers> {
    let text: String = LocalStorage::get(KEY).ok()?;
    AnswersFile::parse(&text, dataset()).ok()
}

pub fn save(answers: &Answers) {
    let file = AnswersFile::from(answers);
    if let Ok(text) = serde_json::to_string(&file) {
        // Storage can be full or disabled (private mode); the page keeps working without it.
        let _ = LocalStorage::set(KEY, text);
    }
}

/// Removes every key Vendorplan wrote.
pub fn forget() {
    LocalStorage::delete(KEY);
    LocalStorage::delete(THEME_KEY);
}

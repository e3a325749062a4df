//! The visitor's session as a reducer: plain data and the messages that change it. The browser
//! app keeps one `Session` and sends it `Msg`s; tests do the same without a browser.

use serde::{Deserialize, Serialize};
use vendorplan_data::VendorId;

use crate::answers::{Answer, AnswerKey, Answers, MAX_NOTE, MAX_ORGANISATION};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
    /// The language of the plan and the interface, a code of `i18n/languages.toml`; English
    /// when empty or unknown.
    #[serde(default)]
    pub lang: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SelectVendor(VendorId),
    RemoveVendor(VendorId),
    Answer(AnswerKey, Answer),
    ClearAnswer(AnswerKey),
    /// Tick an action off, or tick it back on.
    SetDone(String, bool),
    /// The organisation's name, cut to [`MAX_ORGANISATION`] characters.
    SetOrganisation(String),
    /// A note on an action, cut to [`MAX_NOTE`] characters; an empty note removes it.
    SetNote(String, String),
    /// Speak another language; the answers stay as they are.
    SetLanguage(String),
    /// Replace everything with imported answers.
    Load(Answers),
    ForgetEverything,
}

impl Session {
    pub fn apply(&mut self, msg: Msg) {
        let a = &mut self.answers;
        match msg {
            Msg::SelectVendor(id) => {
                a.vendors.insert(id);
            }
            Msg::RemoveVendor(id) => {
                a.vendors.remove(&id);
            }
            Msg::Answer(key, answer) => {
                a.answers.insert(key, answer);
            }
            Msg::ClearAnswer(key) => {
                a.answers.remove(&key);
            }
            Msg::SetDone(id, true) => {
                a.done.insert(id);
            }
            Msg::SetDone(id, false) => {
                a.done.remove(&id);
            }
            Msg::SetOrganisation(name) => {
                a.organisation = name.chars().take(MAX_ORGANISATION).collect();
            }
            Msg::SetNote(id, note) if note.trim().is_empty() => {
                a.notes.remove(&id);
            }
            Msg::SetNote(id, note) => {
                a.notes.insert(id, note.chars().take(MAX_NOTE).collect());
            }
            Msg::SetLanguage(code) => self.lang = code,
            Msg::Load(answers) => *a = answers,
            // Forgetting the answers keeps the language the visitor reads.
            Msg::ForgetEverything => *a = Answers::default(),
        }
    }
}

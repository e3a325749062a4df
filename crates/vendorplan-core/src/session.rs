//! The visitor's session as a reducer: plain data and the messages that change it. The browser
//! app keeps one `Session` and sends it `Msg`s; tests do the same without a browser.

use serde::{Deserialize, Serialize};
use vendorplan_data::VendorId;

use crate::answers::{Answer, AnswerKey, Answers, MAX_NOTE, MAX_ORGANISATION};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub answers: Answers,
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
            Msg::Load(answers) => *a = answers,
            Msg::ForgetEverything => *self = Session::default(),
        }
    }
}

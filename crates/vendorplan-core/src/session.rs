//! The visitor's session as a reducer: plain data and the messages that change it. The browser
//! app keeps one `Session` and sends it `Msg`s; tests do the same without a browser.

use serde::{Deserialize, Serialize};
use vendorplan_data::VendorId;

use crate::answers::{Answer, AnswerKey, Answers};

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
            Msg::Load(answers) => *a = answers,
            Msg::ForgetEverything => *self = Session::default(),
        }
    }
}

//! The app state: the core's session plus the plan derived from it, recomputed on every change so
//! the plan follows the visitor's answers with no extra step.

use std::rc::Rc;

use vendorplan_core::catalog::dataset_in;
use vendorplan_core::engine::build_plan;
use vendorplan_core::plan::Plan;
use vendorplan_core::session::{Msg, Session};
use vendorplan_core::Answers;

use crate::i18n::Data;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub session: Session,
    /// The data in the session's language, from which the plan was built.
    pub data: Data,
    pub plan: Rc<Plan>,
}

impl AppState {
    pub fn new(answers: Answers, lang: String) -> Self {
        // The language spoken is the one asked for once its file is loaded (see
        // `i18n::load`); English until then.
        let data = dataset_in(&lang);
        let session = Session {
            answers,
            lang: data.lang().to_owned(),
        };
        let plan = Rc::new(build_plan(data, &session.answers));
        AppState {
            session,
            data: Data(data),
            plan,
        }
    }
}

impl Reducible for AppState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        crate::timing::mark("vendorplan:msg");
        let mut session = self.session.clone();
        session.apply(msg);
        if session == self.session {
            return self;
        }
        Rc::new(AppState::new(session.answers, session.lang))
    }
}

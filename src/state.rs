//! The app state: the core's session plus the plan derived from it, recomputed on every change so
//! the plan follows the visitor's answers with no extra step.

use std::rc::Rc;

use vendorplan_core::engine::build_plan;
use vendorplan_core::plan::Plan;
use vendorplan_core::session::{Msg, Session};
use vendorplan_core::{dataset, Answers};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub session: Session,
    pub plan: Rc<Plan>,
}

impl AppState {
    pub fn new(answers: Answers) -> Self {
        let session = Session { answers };
        let plan = Rc::new(build_plan(dataset(), &session.answers));
        AppState { session, plan }
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
        Rc::new(AppState::new(session.answers))
    }
}

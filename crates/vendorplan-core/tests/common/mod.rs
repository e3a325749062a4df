//! What several test files share: the catalog together with the scenario fixture vendors.
// Each test binary uses only some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use vendorplan_core::answers::{Answer, AnswerKey, Answers};
use vendorplan_data::{Dataset, QuestionKind, Scope, VendorId};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `data/` plus `tests/scenarios/fixtures/vendors/`, validated like the embedded catalog and
/// loaded once per test binary.
pub fn data_with_fixtures() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = root();
        vendorplan_data::load::load_with_vendors(
            &root.join("data"),
            &[
                root.join("data/vendors"),
                root.join("tests/scenarios/fixtures/vendors"),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// A plausible definite answer to every question in the data, for these vendors.
pub fn answer_everything(data: &Dataset, vendors: &[&str]) -> Answers {
    let mut a = Answers {
        vendors: vendors.iter().map(|v| VendorId::from(*v)).collect(),
        ..Answers::default()
    };
    for q in &data.questions {
        let answer = match q.kind {
            QuestionKind::YesNo => Answer::yes(true),
            QuestionKind::Choice => Answer::Text(q.options[0].id.clone()),
            QuestionKind::MultiChoice => {
                Answer::List(q.options.iter().map(|o| o.id.clone()).collect())
            }
            QuestionKind::Country => Answer::Text("DE".into()),
            QuestionKind::Number => Answer::Number(250.0),
        };
        match q.scope {
            Scope::Organisation => {
                a.answers.insert(AnswerKey::org(q.id.as_str()), answer);
            }
            Scope::Vendor => {
                for v in &a.vendors.clone() {
                    a.answers
                        .insert(AnswerKey::vendor(v, q.id.as_str()), answer.clone());
                }
            }
        }
    }
    a
}

//! Properties of the engine over random selections and answers, on the catalog plus the scenario
//! fixtures: every action explains itself, plans are deterministic, "I don't know" is never less
//! cautious than a definite answer, and adding a vendor never removes an organisation action.

use std::collections::BTreeSet;

mod common;

use common::data_with_fixtures as data;
use proptest::prelude::*;
use vendorplan_core::answers::{Answer, AnswerKey, Answers};
use vendorplan_core::engine::{applicable_questions, build_plan};
use vendorplan_core::export;
use vendorplan_data::QuestionKind;

/// Every definite answer worth trying for a question, plus none for "not answered".
fn choices(kind: QuestionKind, options: &[String]) -> Vec<Option<Answer>> {
    let mut out: Vec<Option<Answer>> = vec![None, Some(Answer::unknown())];
    match kind {
        QuestionKind::YesNo => out.extend([Some(Answer::yes(true)), Some(Answer::yes(false))]),
        QuestionKind::Choice => out.extend(options.iter().map(|o| Some(Answer::Text(o.clone())))),
        QuestionKind::MultiChoice => out.push(Some(Answer::List(options.to_vec()))),
        QuestionKind::Country => out.extend(
            ["DE", "FR", "AT", "US", "GB", "IN", "CH"].map(|c| Some(Answer::Text(c.into()))),
        ),
        QuestionKind::Number => {
            out.extend([0.0, 19.0, 20.0, 249.0, 250.0, 5000.0].map(|n| Some(Answer::Number(n))))
        }
    }
    out
}

/// Answers built from random picks: a vendor subset, then for every question that applies, the
/// pick-th of its choices. Questions are answered in order, so later `ask_when`s see earlier answers.
fn answers(vendor_mask: u64, picks: &[usize]) -> Answers {
    let data = data();
    let mut a = Answers::default();
    // 64 candidates spread evenly over the catalog (one bit each): every kind of record gets
    // drawn, while a case stays a realistic stack of a few dozen vendors rather than hundreds.
    let stride = data.vendors.len().div_ceil(64).max(1);
    for (i, v) in data.vendors.iter().step_by(stride).enumerate() {
        if vendor_mask & (1 << i) != 0 {
            a.vendors.insert(v.id.clone());
        }
    }
    let mut k = 0;
    loop {
        let pending: Vec<_> = applicable_questions(data, &a)
            .into_iter()
            .filter(|(key, _, _)| !a.answers.contains_key(key))
            .collect();
        let Some((key, q, _)) = pending
            .into_iter()
            .find(|(key, _, _)| !a.answers.contains_key(key))
        else {
            break;
        };
        let options: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
        let all = choices(q.kind, &options);
        let pick = &all[picks[k % picks.len()] % all.len()];
        k += 1;
        match pick {
            Some(answer) => {
                a.answers.insert(key, answer.clone());
            }
            // "Not answered": mark it so the loop moves on, then drop the marker below.
            None => {
                a.answers.insert(key, Answer::Text("__skip".into()));
            }
        }
    }
    a.answers.retain(|_, v| v != &Answer::Text("__skip".into()));
    a
}

fn action_ids(a: &Answers) -> BTreeSet<String> {
    build_plan(data(), a)
        .actions
        .into_iter()
        .map(|a| a.id)
        .filter(|id| !id.starts_with("find-out:"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_action_explains_itself_and_plans_are_deterministic(mask in any::<u64>(), picks in prop::collection::vec(0usize..16, 1..40)) {
        let a = answers(mask, &picks);
        let plan = build_plan(data(), &a);
        for action in &plan.actions {
            prop_assert!(!action.references.is_empty(), "{} has no reference", action.id);
            prop_assert!(!action.because.is_empty(), "{} has no reason", action.id);
        }
        prop_assert_eq!(export::json(&plan), export::json(&build_plan(data(), &a)));
    }

    #[test]
    fn i_dont_know_is_never_less_cautious_than_a_definite_answer(mask in any::<u64>(), picks in prop::collection::vec(0usize..16, 1..40), which in 0usize..64) {
        let a = answers(mask, &picks);
        let applicable = applicable_questions(data(), &a);
        prop_assume!(!applicable.is_empty());
        let (key, q, _) = &applicable[which % applicable.len()];
        let mut unknown = a.clone();
        unknown.answers.insert(key.clone(), Answer::unknown());
        let cautious = action_ids(&unknown);
        let options: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
        for definite in choices(q.kind, &options).into_iter().flatten().filter(|c| !c.is_unknown()) {
            let mut d = a.clone();
            d.answers.insert(key.clone(), definite.clone());
            let missing: Vec<String> = action_ids(&d).difference(&cautious).cloned().collect();
            prop_assert!(missing.is_empty(), "{key} = {definite} gives {missing:?}, which \"I don't know\" does not");
        }
    }

    #[test]
    fn adding_a_vendor_never_removes_an_organisation_action(mask in any::<u64>(), picks in prop::collection::vec(0usize..16, 1..40), extra in 0usize..64) {
        let a = answers(mask, &picks);
        // Find-out actions are left out: a vendor can make an unknown answer irrelevant (a DPIA
        // it needs makes a German DPO mandatory whatever the headcount), and then asking for it
        // would be noise. Obligations never go away.
        let org = |a: &Answers| -> BTreeSet<String> {
            build_plan(data(), a)
                .actions
                .into_iter()
                .filter(|x| x.vendor.is_none() && x.rule.is_some())
                .map(|x| x.id)
                .collect()
        };
        let before = org(&a);
        let mut more = a.clone();
        more.vendors.insert(data().vendors[extra % data().vendors.len()].id.clone());
        let after = org(&more);
        prop_assert!(before.is_subset(&after), "lost {:?}", before.difference(&after).collect::<Vec<_>>());
    }
}

#[test]
fn the_generator_reaches_every_question() {
    // Guards the properties against testing little: with all vendors and "yes"-leaning picks,
    // most questions apply.
    let a = answers(u64::MAX, &[2, 3, 4]);
    let keys: BTreeSet<&str> = a
        .answers
        .keys()
        .map(|k: &AnswerKey| k.question.as_str())
        .collect();
    assert!(keys.len() >= data().questions.len() / 2, "{keys:?}");
}

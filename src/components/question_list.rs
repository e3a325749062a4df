use vendorplan_core::data::t;
use vendorplan_core::engine::{applicable_questions, fill};
use vendorplan_core::session::Msg;
use vendorplan_core::Answers;
use yew::prelude::*;

use crate::components::question::QuestionView;

#[derive(Properties, PartialEq)]
pub struct QuestionListProps {
    pub answers: Answers,
    pub on_msg: Callback<Msg>,
}

/// The questions that apply to the current selection: organisation first, then each vendor's.
#[function_component(QuestionList)]
pub fn question_list(props: &QuestionListProps) -> Html {
    let data = crate::i18n::use_data();
    let questions = applicable_questions(data, &props.answers);
    let total = questions.len();
    let answered = questions
        .iter()
        .filter(|(k, _, _)| props.answers.get(k).is_some())
        .count();
    let mut current_vendor = None;
    let mut groups: Vec<(Option<String>, Vec<Html>)> = Vec::new();
    for (key, q, vendor) in questions {
        let heading = vendor.map(|v| v.name.clone());
        if groups.is_empty() || heading != current_vendor {
            current_vendor = heading.clone();
            groups.push((heading, Vec::new()));
        }
        let answer = props.answers.get(&key).cloned();
        let item = html! {
            <QuestionView
                key={key.to_string()}
                answer_key={key.clone()}
                text={fill(&q.text, vendor)}
                why={fill(&q.why, vendor)}
                kind={q.kind}
                options={q.options.clone()}
                {answer}
                on_msg={props.on_msg.clone()}
            />
        };
        if let Some(group) = groups.last_mut() {
            group.1.push(item);
        }
    }
    html! {
        <div class="questions">
            <p class="progress-line">
                <label for="questions-progress">{ t!(data, "ui-questions-progress", answered = answered, total = total) }</label>
                <progress id="questions-progress" max={total.max(1).to_string()} value={answered.to_string()}></progress>
            </p>
            { for groups.into_iter().map(|(heading, items)| html! {
                <div class="question-group">
                    <h3>{ heading.unwrap_or_else(|| t!(data, "ui-questions-organisation")) }</h3>
                    { for items }
                </div>
            }) }
        </div>
    }
}

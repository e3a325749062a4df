//! Reasons and answers in words, from the data's own texts. The UI and every exporter call these,
//! so an explanation reads the same everywhere.

use vendorplan_data::condition::Fact;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Dataset, QuestionKind};

use crate::answers::Answer;
use crate::engine::fill;
use crate::plan::Reason;

/// An answer as the visitor chose it: the option's label, the country's name, yes or no.
pub fn answer_label(data: &Dataset, question_id: &str, answer: &Answer) -> String {
    let vocab = &data.vocabulary;
    if answer.is_unknown() {
        return label(&vocab.tri, &vendorplan_data::Tri::Unknown).to_owned();
    }
    let Some(q) = data.question(question_id) else {
        return answer.to_string();
    };
    match (q.kind, answer) {
        (QuestionKind::YesNo, Answer::Text(t)) => {
            let tri = if t == "yes" {
                vendorplan_data::Tri::Yes
            } else {
                vendorplan_data::Tri::No
            };
            label(&vocab.tri, &tri).to_owned()
        }
        (QuestionKind::Choice, Answer::Text(t)) => q
            .options
            .iter()
            .find(|o| &o.id == t)
            .map_or(t.clone(), |o| o.label.clone()),
        (QuestionKind::MultiChoice, Answer::List(items)) => items
            .iter()
            .map(|i| {
                q.options
                    .iter()
                    .find(|o| &o.id == i)
                    .map_or(i.as_str(), |o| o.label.as_str())
            })
            .collect::<Vec<_>>()
            .join(", "),
        (QuestionKind::Country, Answer::Text(t)) => {
            data.country(t).map_or(t.clone(), |c| c.name.clone())
        }
        _ => answer.to_string(),
    }
}

/// One reason as a sentence a visitor can check.
pub fn reason(data: &Dataset, reason: &Reason) -> String {
    let vendor =
        |id: &Option<vendorplan_data::VendorId>| id.as_ref().and_then(|id| data.vendor(id));
    let question_text = |q: &str, v: &Option<vendorplan_data::VendorId>| {
        data.question(q)
            .map_or_else(|| q.to_owned(), |q| fill(&q.text, vendor(v)))
    };
    match reason {
        Reason::Selected { vendor: id } => {
            format!(
                "You use {}.",
                data.vendor(id).map_or(id.as_str(), |v| v.name.as_str())
            )
        }
        Reason::Answer {
            question,
            vendor: v,
            value,
        } => {
            format!(
                "{} — {}",
                question_text(question.as_str(), v),
                answer_label(data, question.as_str(), value)
            )
        }
        Reason::Assumed {
            question,
            vendor: v,
            unknown,
        } => {
            let how = if *unknown {
                "you answered \"I don't know\""
            } else {
                "not answered yet"
            };
            format!(
                "{} — {how}, so the cautious answer is assumed",
                question_text(question.as_str(), v)
            )
        }
        Reason::Fact {
            vendor: id,
            fact,
            value,
        } => {
            let name = data.vendor(id).map_or(id.as_str(), |v| v.name.as_str());
            let fact_label = fact
                .parse::<Fact>()
                .ok()
                .and_then(|f| data.vocabulary.fact.get(&f))
                .map_or(fact.as_str(), String::as_str);
            format!("{name} record: {fact_label} = {value}")
        }
        Reason::Affects { action } => format!("Affects action `{action}`"),
    }
}

/// Labels of several vocabulary values, comma-separated.
pub fn labels<T: Ord + Copy + Into<&'static str>>(
    labels: &std::collections::BTreeMap<T, String>,
    values: &[T],
) -> String {
    values
        .iter()
        .map(|v| label(labels, v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Country names for codes, comma-separated; a code the data does not know stays a code.
pub fn countries<'a>(
    data: &Dataset,
    codes: impl Iterator<Item = &'a vendorplan_data::CountryCode>,
) -> String {
    codes
        .map(|c| {
            data.country(c.as_str())
                .map_or(c.as_str(), |c| c.name.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A three-valued result in words.
pub fn met(m: crate::plan::Met) -> &'static str {
    match m {
        crate::plan::Met::Yes => "Yes",
        crate::plan::Met::No => "No",
        crate::plan::Met::Maybe => "Maybe: depends on an open answer",
    }
}

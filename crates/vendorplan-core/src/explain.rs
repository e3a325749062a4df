//! Reasons and answers in words, from the data's own texts and the dataset's messages. The UI
//! and every exporter call these, so an explanation reads the same everywhere.

use std::collections::BTreeMap;
use std::str::FromStr;

use vendorplan_data::condition::Fact;
use vendorplan_data::t;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Dataset, QuestionKind, Tri};

use crate::answers::Answer;
use crate::engine::fill;
use crate::plan::Reason;

/// A number as people write it in the dataset's language: `12.5`, `12,5`.
pub fn number(data: &Dataset, n: f64) -> String {
    let text = n.to_string();
    let separator = t!(data, "report-decimal-separator");
    if separator == "." {
        text
    } else {
        text.replace('.', &separator)
    }
}

/// An answer as the visitor chose it: the option's label, the country's name, yes or no.
pub fn answer_label(data: &Dataset, question_id: &str, answer: &Answer) -> String {
    let vocab = &data.vocabulary;
    if answer.is_unknown() {
        return label(&vocab.tri, &Tri::Unknown).to_owned();
    }
    if let Answer::Number(n) = answer {
        return number(data, *n);
    }
    let Some(q) = data.question(question_id) else {
        return answer.to_string();
    };
    match (q.kind, answer) {
        (QuestionKind::YesNo, Answer::Text(t)) => {
            let tri = if t == "yes" { Tri::Yes } else { Tri::No };
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

/// The label of one vocabulary word as written in a plan (`available`), if it is one.
fn word<T: FromStr + Ord + Copy + Into<&'static str>>(
    labels: &BTreeMap<T, String>,
    value: &str,
) -> Option<String> {
    value
        .parse::<T>()
        .ok()
        .map(|v| label(labels, &v).to_owned())
}

/// One word of a fact's value in the dataset's language: a vocabulary label, a country's
/// name, yes or no; the word itself when it is none of these (an id).
fn fact_word(data: &Dataset, fact: Fact, value: &str) -> String {
    let v = &data.vocabulary;
    let found = match fact {
        Fact::Categories => word(&v.category, value),
        Fact::Deployment => word(&v.deployment, value),
        Fact::Country => data.country(value).map(|c| c.name.clone()),
        Fact::Roles => word(&v.role, value),
        Fact::DataSubjects => word(&v.data_subject, value),
        Fact::PersonalData => word(&v.data_category, value),
        Fact::LawfulBases => word(&v.lawful_basis, value),
        Fact::EuRegion => word(&v.eu_region, value),
        Fact::Dpf => word(&v.dpf_status, value),
        Fact::Transfer => word(&v.transfer_mechanism, value),
        Fact::VisitorCookies | Fact::StaffCookies => word(&v.cookie_purpose, value),
        Fact::Controls => word(&v.control_kind, value),
        Fact::Nis2 => word(&v.nis2_relevance, value),
        Fact::DpiaCriteria | Fact::DpiaCriteriaMet => word(&v.dpia_criterion, value),
        Fact::Certifications => word(&v.certification, value),
        Fact::Scc
        | Fact::OnwardWithEuRegion
        | Fact::EmployeeMonitoring
        | Fact::Vdp
        | Fact::HasDpa
        | Fact::OnNationalDpiaList => word(&v.tri, value),
    };
    found.unwrap_or_else(|| value.to_owned())
}

/// A fact's value as the engine recorded it (`available`, `yes`, `sso, mfa`, `not sso`,
/// `2 (evaluation, sensitive-data)`) in the dataset's language.
fn fact_value(data: &Dataset, fact: Fact, value: &str) -> String {
    if let Some(rest) = value.strip_prefix("not ") {
        return t!(data, "report-fact-not", value = fact_word(data, fact, rest));
    }
    if fact == Fact::DpiaCriteriaMet {
        if let Some((count, names)) = value.strip_suffix(')').and_then(|v| v.split_once(" (")) {
            return format!("{count} ({})", fact_list(data, fact, names));
        }
    }
    fact_list(data, fact, value)
}

fn fact_list(data: &Dataset, fact: Fact, value: &str) -> String {
    value
        .split(", ")
        .map(|w| fact_word(data, fact, w))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One reason as a sentence a visitor can check.
pub fn reason(data: &Dataset, reason: &Reason) -> String {
    let vendor =
        |id: &Option<vendorplan_data::VendorId>| id.as_ref().and_then(|id| data.vendor(id));
    let question_text = |q: &str, v: &Option<vendorplan_data::VendorId>| {
        data.question(q)
            .map_or_else(|| q.to_owned(), |q| fill(&q.text, vendor(v)))
    };
    let vendor_name = |id: &vendorplan_data::VendorId| {
        data.vendor(id)
            .map_or_else(|| id.as_str().to_owned(), |v| v.name.clone())
    };
    match reason {
        Reason::Selected { vendor: id } => {
            t!(data, "report-reason-selected", vendor = vendor_name(id))
        }
        Reason::Answer {
            question,
            vendor: v,
            value,
        } => t!(
            data,
            "report-reason-answer",
            question = question_text(question.as_str(), v),
            answer = answer_label(data, question.as_str(), value)
        ),
        Reason::Assumed {
            question,
            vendor: v,
            unknown,
        } => {
            let question = question_text(question.as_str(), v);
            if *unknown {
                t!(data, "report-reason-assumed-unknown", question = question)
            } else {
                t!(
                    data,
                    "report-reason-assumed-unanswered",
                    question = question
                )
            }
        }
        Reason::Fact {
            vendor: id,
            fact,
            value,
        } => {
            let name = vendor_name(id);
            if let Some(cookie) = fact.strip_prefix("cookie ") {
                // Written by `sections::cookies`: "<purpose>, <set on>".
                let (purpose, set_on) = value.split_once(", ").unwrap_or((value, ""));
                let vocab = &data.vocabulary;
                return t!(
                    data,
                    "report-reason-cookie",
                    vendor = name,
                    cookie = cookie,
                    purpose =
                        word(&vocab.cookie_purpose, purpose).unwrap_or_else(|| purpose.to_owned()),
                    set_on = word(&vocab.set_on, set_on).unwrap_or_else(|| set_on.to_owned())
                );
            }
            let (fact_label, value) = match fact.parse::<Fact>() {
                Ok(f) => (
                    data.vocabulary
                        .fact
                        .get(&f)
                        .map_or(fact.as_str(), String::as_str),
                    fact_value(data, f, value),
                ),
                Err(_) => (fact.as_str(), value.clone()),
            };
            t!(
                data,
                "report-reason-fact",
                vendor = name,
                fact = fact_label,
                value = value
            )
        }
        Reason::Affects { action } => {
            t!(data, "report-reason-affects", action = action.as_str())
        }
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
pub fn met(data: &Dataset, m: crate::plan::Met) -> String {
    match m {
        crate::plan::Met::Yes => t!(data, "report-met-yes"),
        crate::plan::Met::No => t!(data, "report-met-no"),
        crate::plan::Met::Maybe => t!(data, "report-met-maybe"),
    }
}

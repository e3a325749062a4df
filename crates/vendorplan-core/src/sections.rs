//! The plan's registers: record of processing, processors, cookies, notices, security checks and
//! alternatives. Each is built from the vendors' records, the answers and the transfers already
//! assessed, never from another export.

use vendorplan_data::t;
use vendorplan_data::{CookiePurpose, Dataset, Role, SetOn, Tri, Vendor};

use crate::answers::{Answer, AnswerKey, Answers};
use crate::engine::fill;
use crate::plan::*;

/// Art. 30(1) rows: one per purpose of each selected vendor.
pub fn records_of_processing(
    answers: &Answers,
    vendors: &[&Vendor],
    transfers: &[TransferAssessment],
) -> Vec<RecordOfProcessing> {
    let mut rows = Vec::new();
    for (v, t) in vendors.iter().zip(transfers) {
        let special = match answers.get(&AnswerKey::vendor(&v.id, "special_category_here")) {
            _ if v.purposes.iter().any(|p| {
                p.personal_data
                    .contains(&vendorplan_data::DataCategory::SpecialCategory)
            }) =>
            {
                Met::Yes
            }
            Some(Answer::Text(t)) if t == "yes" => Met::Yes,
            Some(Answer::Text(t)) if t == "no" => Met::No,
            _ if answers.get(&AnswerKey::org("special_category")) == Some(&Answer::yes(false)) => {
                Met::No
            }
            _ => Met::Maybe,
        };
        for p in &v.purposes {
            let recipient = match p.role {
                Role::None => String::new(),
                _ => v.company.clone(),
            };
            rows.push(RecordOfProcessing {
                vendor: v.id.clone(),
                purpose: p.id.clone(),
                name: p.name.clone(),
                role: p.role,
                lawful_bases: p.lawful_bases.clone(),
                data_subjects: p.data_subjects.clone(),
                personal_data: p.personal_data.clone(),
                special_category: special,
                recipient,
                sub_processors: v.documents.sub_processors.clone(),
                transfer_countries: t.destinations.iter().map(|d| d.country.clone()).collect(),
                transfer_mechanism: t.mechanism,
                retention: v.retention.default.clone(),
                certifications: v.security.certifications.clone(),
                controls: v.controls.iter().map(|c| c.kind).collect(),
            });
        }
    }
    rows
}

/// Art. 30(5) lifts the duty to keep a record only for organisations under 250 people whose
/// processing is occasional, low-risk and free of special-category data. Any service in daily
/// use is not occasional, so with a vendor selected the exemption does not apply.
pub fn art30_exemption(answers: &Answers, vendors: &[&Vendor]) -> Art30Exemption {
    let headcount = answers.get(&AnswerKey::org("headcount"));
    let mut because = Vec::new();
    if let Some(value) = headcount {
        because.push(Reason::Answer {
            question: "headcount".into(),
            vendor: None,
            value: value.clone(),
        });
    } else {
        because.push(Reason::Assumed {
            question: "headcount".into(),
            vendor: None,
            unknown: false,
        });
    }
    because.extend(vendors.iter().map(|v| Reason::Selected {
        vendor: v.id.clone(),
    }));
    let small = matches!(headcount, Some(Answer::Number(n)) if *n < 250.0);
    Art30Exemption {
        applies: small && vendors.is_empty(),
        because,
    }
}

pub fn processors(answers: &Answers, vendors: &[&Vendor]) -> Vec<Processor> {
    vendors
        .iter()
        .filter(|v| v.purposes.iter().any(|p| p.role == Role::Processor))
        .map(|v| {
            let dpa_signed =
                answers
                    .get(&AnswerKey::vendor(&v.id, "dpa_signed"))
                    .map(|a| match a {
                        Answer::Text(t) if t == "yes" => Tri::Yes,
                        Answer::Text(t) if t == "no" => Tri::No,
                        _ => Tri::Unknown,
                    });
            Processor {
                vendor: v.id.clone(),
                company: v.company.clone(),
                country: v.country.clone(),
                purposes: v
                    .purposes
                    .iter()
                    .filter(|p| p.role == Role::Processor)
                    .map(|p| p.id.clone())
                    .collect(),
                dpa: v.documents.dpa.clone(),
                dpa_how: v.documents.dpa_how.clone(),
                dpa_signed,
                sub_processors: v.documents.sub_processors.clone(),
            }
        })
        .collect()
}

/// Every cookie of the selected vendors, and whether it needs consent. ePrivacy Art. 5(3)
/// requires consent for storing or reading information on any user's device unless it is
/// strictly necessary for a service the user asked for; that holds for staff browsers too.
/// Visitors outside the EU/EEA are outside its reach.
pub fn cookies(data: &Dataset, answers: &Answers, vendors: &[&Vendor]) -> Vec<CookieRow> {
    let website = answers.get(&AnswerKey::org("website"));
    let mut rows = Vec::new();
    for v in vendors {
        for k in &v.cookies {
            let mut because = vec![Reason::Fact {
                vendor: v.id.clone(),
                fact: format!("cookie {}", k.name),
                value: format!("{}, {}", k.purpose, k.set_on),
            }];
            let consent_required = if k.purpose == CookiePurpose::StrictlyNecessary {
                Met::No
            } else if k.set_on == SetOn::Staff {
                Met::Yes
            } else {
                match website {
                    Some(Answer::Text(t)) if t == "eu" => {
                        because.push(Reason::Answer {
                            question: "website".into(),
                            vendor: None,
                            value: Answer::Text(t.clone()),
                        });
                        Met::Yes
                    }
                    Some(Answer::Text(t)) if t != "unknown" => {
                        because.push(Reason::Answer {
                            question: "website".into(),
                            vendor: None,
                            value: Answer::Text(t.clone()),
                        });
                        Met::No
                    }
                    other => {
                        because.push(Reason::Assumed {
                            question: "website".into(),
                            vendor: None,
                            unknown: other.is_some(),
                        });
                        Met::Maybe
                    }
                }
            };
            let mut references = vec!["eprivacy-art-5-3".into(), "edpb-gl-02-2023".into()];
            match answers.get(&AnswerKey::org("country")) {
                Some(Answer::Text(c)) if c == "DE" => references.push("de-tdddg-25".into()),
                Some(Answer::Text(c)) if c == "FR" => {
                    references.push("fr-cnil-cookies-2020".into())
                }
                _ => {}
            }
            references.retain(|r: &vendorplan_data::RefId| data.reference(r).is_some());
            rows.push(CookieRow {
                name: k.name.clone(),
                vendor: v.id.clone(),
                domain: k.domain.clone(),
                purpose: k.purpose,
                duration: k.duration.clone(),
                set_on: k.set_on,
                consent_required,
                because,
                references,
            });
        }
    }
    rows
}

/// Draft notice paragraphs per vendor: one for the public privacy notice if the vendor touches
/// visitors, customers or users, one for the employee notice if it touches staff.
pub fn notices(
    data: &Dataset,
    vendors: &[&Vendor],
    transfers: &[TransferAssessment],
) -> Vec<Notice> {
    use vendorplan_data::DataSubject as S;
    let vocab = &data.vocabulary;
    let mut out = Vec::new();
    for (v, t) in vendors.iter().zip(transfers) {
        for audience in [NoticeAudience::Privacy, NoticeAudience::Employee] {
            let subjects: &[S] = match audience {
                NoticeAudience::Privacy => {
                    &[S::WebsiteVisitors, S::Customers, S::Prospects, S::EndUsers]
                }
                NoticeAudience::Employee => &[S::Employees, S::Contractors, S::Applicants],
            };
            let purposes: Vec<&vendorplan_data::Purpose> = v
                .purposes
                .iter()
                .filter(|p| {
                    p.role != Role::None && p.data_subjects.iter().any(|s| subjects.contains(s))
                })
                .collect();
            if purposes.is_empty() {
                continue;
            }
            let join = |items: Vec<&str>| {
                let mut items = items;
                items.dedup();
                items.join("; ")
            };
            let names = join(purposes.iter().map(|p| p.name.as_str()).collect());
            let data_text = join(
                purposes
                    .iter()
                    .flat_map(|p| &p.personal_data)
                    .map(|d| vendorplan_data::vocabulary::label(&vocab.data_category, d))
                    .collect(),
            );
            let mut bases: Vec<&str> = purposes
                .iter()
                .flat_map(|p| &p.lawful_bases)
                .map(|b| vendorplan_data::vocabulary::label(&vocab.lawful_basis, b))
                .collect();
            bases.sort_unstable();
            let country = data
                .country(v.country.as_str())
                .map_or(v.country.as_str(), |c| c.name.as_str());
            let destinations: Vec<&str> = t
                .destinations
                .iter()
                .map(|d| {
                    data.country(d.country.as_str())
                        .map_or(d.country.as_str(), |c| c.name.as_str())
                })
                .collect();
            let transfer = data
                .notices
                .transfer
                .get(&t.mechanism)
                .map(|s| s.replace("{country}", &destinations.join(", ")))
                .unwrap_or_default();
            let templates = match audience {
                NoticeAudience::Privacy => &data.notices.privacy,
                NoticeAudience::Employee => &data.notices.employee,
            };
            let sub_processors = v
                .documents
                .sub_processors
                .clone()
                .unwrap_or_else(|| t!(data, "report-notice-no-sub-processor-list"));
            let text = templates
                .iter()
                .map(|line| {
                    fill(line, Some(v))
                        .replace("{company}", &v.company)
                        .replace("{country}", country)
                        .replace("{purposes}", &names)
                        .replace("{data}", &data_text)
                        .replace("{bases}", &join(bases.clone()))
                        .replace("{retention}", &v.retention.default)
                        .replace("{transfer}", &transfer)
                        .replace("{sub_processors}", &sub_processors)
                })
                .collect::<Vec<_>>()
                .join(" ");
            out.push(Notice {
                vendor: v.id.clone(),
                audience,
                text,
            });
        }
    }
    out
}

pub fn security(vendors: &[&Vendor]) -> Vec<SecurityCheck> {
    vendors
        .iter()
        .map(|v| {
            let s = &v.security;
            SecurityCheck {
                vendor: v.id.clone(),
                nis2: v.nis2.relevance,
                vdp: s.vdp.clone(),
                bug_bounty: s.bug_bounty,
                response_time: s.response_time.clone(),
                certifications: s.certifications.clone(),
                trust_center: s.trust_center.clone(),
                security_txt: s.security_txt,
                controls: v.controls.iter().map(|c| c.kind).collect(),
            }
        })
        .collect()
}

/// A vendor's risk is the priority of its most urgent action; `why` names those actions.
pub fn risk(own: &[&Action]) -> (Risk, Vec<String>) {
    let top = own.iter().map(|a| a.priority).min();
    let risk = match top {
        Some(vendorplan_data::Priority::High) => Risk::High,
        Some(vendorplan_data::Priority::Medium) => Risk::Medium,
        _ => Risk::Low,
    };
    let why = own
        .iter()
        .filter(|a| Some(a.priority) == top)
        .map(|a| a.id.clone())
        .collect();
    (risk, why)
}

/// Catalog alternatives for each high-risk vendor, with what makes them an alternative.
pub fn alternatives(data: &Dataset, summary: &Summary, vendors: &[&Vendor]) -> Vec<Alternatives> {
    let high: std::collections::BTreeSet<&vendorplan_data::VendorId> = summary
        .vendors
        .iter()
        .filter(|s| s.risk == Risk::High)
        .map(|s| &s.id)
        .collect();
    vendors
        .iter()
        .filter(|v| high.contains(&v.id))
        .filter(|v| !v.alternatives.is_empty())
        .map(|v| Alternatives {
            vendor: v.id.clone(),
            options: v
                .alternatives
                .iter()
                .filter_map(|id| data.vendor(id))
                .map(|a| AlternativeOption {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    country: a.country.clone(),
                    deployment: a.deployment,
                    eu_region: a.hosting.eu_region,
                })
                .collect(),
        })
        .collect()
}

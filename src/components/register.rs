use std::rc::Rc;

use vendorplan_core::explain::{labels, met};
use vendorplan_core::plan::{Met, NoticeAudience, Plan};
use vendorplan_core::{dataset, explain};
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Dataset, VendorId};
use yew::prelude::*;

use crate::components::table::Table;
use crate::view::PlanTab;

#[derive(Properties, PartialEq)]
pub struct RegisterProps {
    pub plan: Rc<Plan>,
    pub tab: PlanTab,
}

fn vendor_link(data: &Dataset, id: &VendorId) -> Html {
    let name = data.vendor(id).map_or(id.as_str(), |v| v.name.as_str());
    html! { <a href={format!("#vendor/{id}")}>{ name }</a> }
}

fn link(url: &Option<String>, missing: &str) -> Html {
    match url {
        Some(u) => {
            html! { <a href={u.clone()} rel="noopener noreferrer" target="_blank">{ u }</a> }
        }
        None => html! { missing },
    }
}

/// One register of the plan: the record of processing, processors, transfers, DPIA screening,
/// cookies, notices, security checks or alternatives.
#[function_component(Register)]
pub fn register(props: &RegisterProps) -> Html {
    let data = dataset();
    let v = &data.vocabulary;
    let plan = &props.plan;
    let caption = props.tab.label();
    match props.tab {
        PlanTab::Actions => html! {},
        PlanTab::Records => {
            let exemption = if plan.art30_exemption.applies {
                "The Art. 30(5) exemption may apply."
            } else {
                "The Art. 30(5) exemption does not apply: these services are used regularly, not occasionally."
            };
            let rows: Vec<Vec<Html>> = plan
                .records_of_processing
                .iter()
                .map(|r| {
                    vec![
                        vendor_link(data, &r.vendor),
                        html! { &r.name },
                        html! { label(&v.role, &r.role) },
                        html! { labels(&v.lawful_basis, &r.lawful_bases) },
                        html! { labels(&v.data_subject, &r.data_subjects) },
                        html! { labels(&v.data_category, &r.personal_data) },
                        html! { &r.recipient },
                        html! { explain::countries(data, r.transfer_countries.iter()) },
                        html! { label(&v.transfer_mechanism, &r.transfer_mechanism) },
                        html! { &r.retention },
                    ]
                })
                .collect();
            html! {
                <>
                    <p>{ exemption }</p>
                    <Table caption={caption} headers={vec!["Vendor", "Purpose", "Role", "Lawful bases", "Data subjects", "Personal data", "Recipient", "Third countries", "Safeguard", "Retention"]} {rows} empty="No service selected." />
                </>
            }
        }
        PlanTab::Processors => {
            let rows: Vec<Vec<Html>> = plan
                .processors
                .iter()
                .map(|p| {
                    vec![
                        vendor_link(data, &p.vendor),
                        html! { &p.company },
                        link(&p.dpa, &p.dpa_how),
                        html! { p.dpa_signed.map_or("Not answered", |t| label(&v.tri, &t)) },
                        link(&p.sub_processors, "Not published"),
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec!["Vendor", "Company", "DPA", "DPA concluded", "Sub-processors"]} {rows} empty="None of the selected services processes data on your behalf." /> }
        }
        PlanTab::Transfers => {
            let rows: Vec<Vec<Html>> = plan
                .transfers
                .iter()
                .map(|t| {
                    let mechanism = label(&v.transfer_mechanism, &t.mechanism);
                    vec![
                        vendor_link(data, &t.vendor),
                        html! { &t.stored_in },
                        html! { explain::countries(data, t.country.iter()) },
                        html! { { if t.assumed { format!("{mechanism} (assumed)") } else { mechanism.to_owned() } } },
                        html! { { if t.tia_required { "Yes" } else { "No" } } },
                        html! { { if t.eu_region_removes { "Yes" } else { "No" } } },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec!["Vendor", "Stored in", "Destination", "Mechanism", "TIA needed", "EU region would end it"]} {rows} empty="No service selected." /> }
        }
        PlanTab::Dpia => html! {
            <div class="dpia">
                <p>{ match (plan.dpia.required, plan.dpia.assumed) {
                    (true, false) => "A DPIA is required for at least one service.",
                    (true, true) => "A DPIA may be required: it depends on open answers.",
                    _ => "The screening does not indicate a DPIA.",
                } }</p>
                { for plan.dpia.vendors.iter().map(|d| html! {
                    <section class="dpia-vendor">
                        <h3>{ vendor_link(data, &d.vendor) }{ format!(" — DPIA required: {}", met(d.required)) }</h3>
                        <ul>
                            { for d.criteria.iter().filter(|c| c.met != Met::No).map(|c| html! {
                                <li>
                                    <strong>{ label(&v.dpia_criterion, &c.id) }</strong>{ format!(": {}", met(c.met)) }
                                    <ul class="because">{ for c.because.iter().map(|r| html! { <li>{ explain::reason(data, r) }</li> }) }</ul>
                                </li>
                            }) }
                            { for d.national_lists.iter().map(|n| html! {
                                <li><strong>{ data.reference(&n.reference).map_or(n.reference.as_str(), |r| r.citation.as_str()) }</strong>{ format!(" ({}): {}", met(n.met), n.item) }</li>
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
        },
        PlanTab::Cookies => {
            let rows: Vec<Vec<Html>> = plan
                .cookies
                .iter()
                .map(|c| {
                    vec![
                        html! { <code>{ &c.name }</code> },
                        vendor_link(data, &c.vendor),
                        html! { &c.domain },
                        html! { label(&v.cookie_purpose, &c.purpose) },
                        html! { &c.duration },
                        html! { label(&v.set_on, &c.set_on) },
                        html! { met(c.consent_required) },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec!["Cookie", "Vendor", "Domain", "Purpose", "Duration", "Set on", "Consent needed"]} {rows} empty="The selected services set no cookies we know of." /> }
        }
        PlanTab::Notices => html! {
            <div class="notices">
                { for plan.notices.iter().map(|n| {
                    let audience = match n.audience {
                        NoticeAudience::Privacy => "privacy notice",
                        NoticeAudience::Employee => "employee notice",
                    };
                    let text = n.text.clone();
                    let copy = Callback::from(move |_| {
                        let clipboard = gloo::utils::window().navigator().clipboard();
                        let _ = clipboard.write_text(&text);
                    });
                    html! {
                        <section class="notice">
                            <h3>{ vendor_link(data, &n.vendor) }{ format!(" — {audience}") }</h3>
                            <p>{ &n.text }</p>
                            <button type="button" class="secondary" onclick={copy}>{ format!("Copy the {audience} text") }</button>
                        </section>
                    }
                }) }
                if plan.notices.is_empty() { <p class="empty">{ "No notice text: pick a service first." }</p> }
            </div>
        },
        PlanTab::Security => {
            let rows: Vec<Vec<Html>> = plan
                .security
                .iter()
                .map(|s| {
                    vec![
                        vendor_link(data, &s.vendor),
                        html! { label(&v.nis2_relevance, &s.nis2) },
                        link(&s.vdp, "None published"),
                        html! { label(&v.tri, &s.bug_bounty) },
                        html! { { if s.certifications.is_empty() { "None confirmed".to_owned() } else { labels(&v.certification, &s.certifications) } } },
                        html! { labels(&v.control_kind, &s.controls) },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec!["Vendor", "Supplier criticality", "Vulnerability disclosure", "Bug bounty", "Certifications", "Controls to use"]} {rows} empty="No service selected." /> }
        }
        PlanTab::Alternatives => html! {
            <div class="alternatives">
                if plan.alternatives.is_empty() { <p class="empty">{ "No high-risk service with catalog alternatives." }</p> }
                { for plan.alternatives.iter().map(|a| html! {
                    <section>
                        <h3>{ "Instead of " }{ vendor_link(data, &a.vendor) }</h3>
                        <ul>{ for a.options.iter().map(|o| html! {
                            <li>{ vendor_link(data, &o.id) }{ format!(" — {}, {}", label(&v.deployment, &o.deployment), label(&v.eu_region, &o.eu_region)) }</li>
                        }) }</ul>
                    </section>
                }) }
            </div>
        },
    }
}

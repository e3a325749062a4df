use std::rc::Rc;

use vendorplan_core::data::t;
use vendorplan_core::explain::{self, labels, met};
use vendorplan_core::plan::{Met, NoticeAudience, Plan};
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

fn yes_no(data: &Dataset, yes: bool) -> String {
    if yes {
        t!(data, "ui-yes")
    } else {
        t!(data, "ui-no")
    }
}

/// Marks where a piece of markup (a link) goes inside a translated sentence; a private-use
/// character, which no message or data text contains.
const SLOT: &str = "\u{E000}";

/// A translated sentence with `node` in place of its [`SLOT`], so that each language puts the
/// link where its word order wants it.
fn with_node(text: &str, node: Html) -> Html {
    match text.split_once(SLOT) {
        Some((before, after)) => html! { <>{ before.to_owned() }{ node }{ after.to_owned() }</> },
        None => html! { <>{ text.to_owned() }{ " " }{ node }</> },
    }
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
    let data = crate::i18n::use_data();
    let v = &data.vocabulary;
    let plan = &props.plan;
    let caption = props.tab.label(data);
    let no_service = t!(data, "ui-register-no-service");
    match props.tab {
        PlanTab::Actions => html! {},
        PlanTab::Records => {
            let exemption = if plan.art30_exemption.applies {
                t!(data, "ui-register-art30-may-apply")
            } else {
                t!(data, "ui-register-art30-does-not-apply")
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
                    <Table caption={caption} headers={vec![t!(data, "ui-col-vendor"), t!(data, "ui-col-purpose"), t!(data, "ui-col-role"), t!(data, "ui-col-lawful-bases"), t!(data, "ui-col-data-subjects"), t!(data, "ui-col-personal-data"), t!(data, "ui-col-recipient"), t!(data, "ui-col-third-countries"), t!(data, "ui-col-safeguard"), t!(data, "ui-col-retention")]} {rows} empty={no_service} />
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
                        html! { p.dpa_signed.map_or_else(|| t!(data, "ui-register-not-answered"), |t| label(&v.tri, &t).to_owned()) },
                        link(&p.sub_processors, &t!(data, "ui-not-published")),
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec![t!(data, "ui-col-vendor"), t!(data, "ui-col-company"), t!(data, "ui-col-dpa"), t!(data, "ui-col-dpa-concluded"), t!(data, "ui-col-sub-processors")]} {rows} empty={t!(data, "ui-register-no-processor")} /> }
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
                        html! { { if t.assumed { t!(data, "ui-register-assumed", mechanism = mechanism) } else { mechanism.to_owned() } } },
                        html! { yes_no(data, t.tia_required) },
                        html! { yes_no(data, t.eu_region_removes) },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec![t!(data, "ui-col-vendor"), t!(data, "ui-col-stored-in"), t!(data, "ui-col-destination"), t!(data, "ui-col-mechanism"), t!(data, "ui-col-tia-needed"), t!(data, "ui-col-eu-region-ends")]} {rows} empty={no_service} /> }
        }
        PlanTab::Dpia => html! {
            <div class="dpia">
                <p>{ match (plan.dpia.required, plan.dpia.assumed) {
                    (true, false) => t!(data, "ui-register-dpia-required"),
                    (true, true) => t!(data, "ui-register-dpia-maybe"),
                    _ => t!(data, "ui-register-dpia-not-indicated"),
                } }</p>
                { for plan.dpia.vendors.iter().map(|d| html! {
                    <section class="dpia-vendor">
                        <h3>{ vendor_link(data, &d.vendor) }{ " — " }{ t!(data, "ui-register-dpia-vendor", result = met(data, d.required)) }</h3>
                        <ul>
                            { for d.criteria.iter().filter(|c| c.met != Met::No).map(|c| html! {
                                <li>
                                    <strong>{ t!(data, "ui-label-colon", label = label(&v.dpia_criterion, &c.id)) }</strong>{ " " }{ met(data, c.met) }
                                    <ul class="because">{ for c.because.iter().map(|r| html! { <li>{ explain::reason(data, r) }</li> }) }</ul>
                                </li>
                            }) }
                            { for d.national_lists.iter().map(|n| html! {
                                <li><strong>{ data.reference(&n.reference).map_or(n.reference.as_str(), |r| r.citation.as_str()) }</strong>{ " " }{ t!(data, "ui-register-dpia-national", result = met(data, n.met), item = n.item.as_str()) }</li>
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
                        html! { met(data, c.consent_required) },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec![t!(data, "ui-col-cookie"), t!(data, "ui-col-vendor"), t!(data, "ui-col-domain"), t!(data, "ui-col-purpose"), t!(data, "ui-col-duration"), t!(data, "ui-col-set-on"), t!(data, "ui-col-consent-needed")]} {rows} empty={t!(data, "ui-register-no-cookie")} /> }
        }
        PlanTab::Notices => html! {
            <div class="notices">
                { for plan.notices.iter().map(|n| {
                    let (audience, copy_label) = match n.audience {
                        NoticeAudience::Privacy => (t!(data, "ui-register-notice-privacy"), t!(data, "ui-register-notice-copy-privacy")),
                        NoticeAudience::Employee => (t!(data, "ui-register-notice-employee"), t!(data, "ui-register-notice-copy-employee")),
                    };
                    let text = n.text.clone();
                    let copy = Callback::from(move |_| {
                        let clipboard = gloo::utils::window().navigator().clipboard();
                        let _ = clipboard.write_text(&text);
                    });
                    html! {
                        <section class="notice">
                            <h3>{ vendor_link(data, &n.vendor) }{ " — " }{ audience }</h3>
                            <p>{ &n.text }</p>
                            <button type="button" class="secondary" onclick={copy}>{ copy_label }</button>
                        </section>
                    }
                }) }
                if plan.notices.is_empty() { <p class="empty">{ t!(data, "ui-register-no-notice") }</p> }
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
                        link(&s.vdp, &t!(data, "ui-register-none-published")),
                        html! { label(&v.tri, &s.bug_bounty) },
                        html! { { if s.certifications.is_empty() { t!(data, "ui-none-confirmed") } else { labels(&v.certification, &s.certifications) } } },
                        html! { labels(&v.control_kind, &s.controls) },
                    ]
                })
                .collect();
            html! { <Table caption={caption} headers={vec![t!(data, "ui-col-vendor"), t!(data, "ui-col-supplier-criticality"), t!(data, "ui-col-vulnerability-disclosure"), t!(data, "ui-col-bug-bounty"), t!(data, "ui-col-certifications"), t!(data, "ui-col-controls")]} {rows} empty={no_service} /> }
        }
        PlanTab::Alternatives => html! {
            <div class="alternatives">
                if plan.alternatives.is_empty() { <p class="empty">{ t!(data, "ui-register-no-alternative") }</p> }
                { for plan.alternatives.iter().map(|a| html! {
                    <section>
                        <h3>{ with_node(&t!(data, "ui-register-instead-of", vendor = SLOT), vendor_link(data, &a.vendor)) }</h3>
                        <ul>{ for a.options.iter().map(|o| html! {
                            <li>{ vendor_link(data, &o.id) }{ format!(" — {}, {}", label(&v.deployment, &o.deployment), label(&v.eu_region, &o.eu_region)) }</li>
                        }) }</ul>
                    </section>
                }) }
            </div>
        },
    }
}

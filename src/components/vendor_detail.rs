use vendorplan_core::data::t;
use vendorplan_data::vocabulary::label;
use vendorplan_data::VendorId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VendorDetailProps {
    pub id: String,
}

fn facts(rows: Vec<(String, Html)>) -> Html {
    html! {
        <dl class="facts">
            { for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
        </dl>
    }
}

/// A catalog record in full, at `#vendor/<id>`.
#[function_component(VendorDetail)]
pub fn vendor_detail(props: &VendorDetailProps) -> Html {
    let data = crate::i18n::use_data();
    let Some(v) = data.vendor(&VendorId::from(props.id.as_str())) else {
        return html! {
            <section class="vendor-detail">
                <h2>{ t!(data, "ui-vendor-unknown") }</h2>
                <p>{ t!(data, "ui-vendor-unknown-text", id = props.id.as_str()) }</p>
                <a href="#">{ t!(data, "ui-vendor-back-short") }</a>
            </section>
        };
    };
    let voc = &data.vocabulary;
    let list = |items: Vec<&str>| items.join(", ");
    let link = |u: &Option<String>| match u {
        Some(u) => {
            html! { <a href={u.clone()} rel="noopener noreferrer" target="_blank">{ u }</a> }
        }
        None => html! { t!(data, "ui-not-published") },
    };
    html! {
        <article class="vendor-detail" id="vendor-detail" aria-labelledby="vendor-title">
            <a href="#" class="back">{ t!(data, "ui-vendor-back") }</a>
            <h2 id="vendor-title">{ &v.name }</h2>
            <p>{ &v.description }</p>
            { facts(vec![
                (t!(data, "ui-fact-company"), html! { format!("{} ({})", v.company, data.country(v.country.as_str()).map_or(v.country.as_str(), |c| c.name.as_str())) }),
                (t!(data, "ui-fact-categories"), html! { list(v.categories.iter().map(|c| label(&voc.category, c)).collect()) }),
                (t!(data, "ui-fact-deployment"), html! { label(&voc.deployment, &v.deployment) }),
                (t!(data, "ui-fact-reviewed"), html! { vendorplan_core::report::date_text(data, &v.reviewed) }),
            ]) }
            <h3>{ t!(data, "ui-vendor-processes") }</h3>
            { for v.purposes.iter().map(|p| html! {
                <section class="purpose">
                    <h4>{ &p.name }</h4>
                    { facts(vec![
                        (t!(data, "ui-fact-role"), html! { label(&voc.role, &p.role) }),
                        (t!(data, "ui-fact-data-subjects"), html! { list(p.data_subjects.iter().map(|s| label(&voc.data_subject, s)).collect()) }),
                        (t!(data, "ui-fact-personal-data"), html! { &p.personal_data_detail }),
                        (t!(data, "ui-fact-lawful-bases"), html! { list(p.lawful_bases.iter().map(|b| label(&voc.lawful_basis, b)).collect()) }),
                        (t!(data, "ui-fact-why"), html! { &p.lawful_basis_note }),
                    ]) }
                </section>
            }) }
            <h3>{ t!(data, "ui-vendor-hosting") }</h3>
            { facts(vec![
                (t!(data, "ui-fact-regions"), html! { <ul>{ for v.hosting.regions.iter().map(|r| html! { <li>{ &r.detail }</li> }) }</ul> }),
                (t!(data, "ui-fact-eu-region"), html! { format!("{}. {}", label(&voc.eu_region, &v.hosting.eu_region), v.hosting.eu_region_how) }),
                (t!(data, "ui-fact-dpf"), html! { label(&voc.dpf_status, &v.transfers.dpf) }),
                (t!(data, "ui-fact-scc"), html! { label(&voc.tri, &v.transfers.scc) }),
                (t!(data, "ui-fact-transfers"), html! { &v.transfers.note }),
            ]) }
            <h3>{ t!(data, "ui-vendor-documents") }</h3>
            { facts(vec![
                (t!(data, "ui-fact-dpa"), html! { <>{ link(&v.documents.dpa) }{ " " }{ &v.documents.dpa_how }</> }),
                (t!(data, "ui-fact-sub-processors"), link(&v.documents.sub_processors)),
                (t!(data, "ui-fact-privacy-policy"), link(&Some(v.documents.privacy_policy.clone()))),
                (t!(data, "ui-fact-retention"), html! { format!("{} {} {}", v.retention.default, v.retention.options, v.retention.after_termination) }),
            ]) }
            if !v.cookies.is_empty() {
                <h3>{ t!(data, "ui-vendor-cookies") }</h3>
                <ul>{ for v.cookies.iter().map(|c| html! {
                    <li><code>{ &c.name }</code>{ " — " }{ t!(data, "ui-vendor-cookie", purpose = label(&voc.cookie_purpose, &c.purpose), duration = c.duration.as_str(), set_on = label(&voc.set_on, &c.set_on), description = c.description.as_str()) }</li>
                }) }</ul>
            }
            <h3>{ t!(data, "ui-vendor-security") }</h3>
            { facts(vec![
                (t!(data, "ui-fact-vdp"), link(&v.security.vdp)),
                (t!(data, "ui-fact-response"), html! { v.security.response_time.clone().unwrap_or_default() }),
                (t!(data, "ui-fact-certifications"), html! { { if v.security.certifications.is_empty() { t!(data, "ui-none-confirmed") } else { list(v.security.certifications.iter().map(|c| label(&voc.certification, c)).collect()) } } }),
                (t!(data, "ui-fact-nis2"), html! { format!("{}. {}", label(&voc.nis2_relevance, &v.nis2.relevance), v.nis2.note) }),
                (t!(data, "ui-fact-dpia"), html! { &v.dpia.note }),
            ]) }
            if !v.controls.is_empty() {
                <h3>{ t!(data, "ui-vendor-controls") }</h3>
                <ul>{ for v.controls.iter().map(|c| html! { <li><strong>{ t!(data, "ui-label-colon", label = label(&voc.control_kind, &c.kind)) }</strong>{ " " }{ &c.how }</li> }) }</ul>
            }
            if !v.alternatives.is_empty() {
                <h3>{ t!(data, "ui-vendor-alternatives") }</h3>
                <ul>{ for v.alternatives.iter().filter_map(|a| data.vendor(a)).map(|a| html! { <li><a href={format!("#vendor/{}", a.id)}>{ &a.name }</a></li> }) }</ul>
            }
            <h3>{ t!(data, "ui-vendor-sources") }</h3>
            <ul class="sources">{ for v.sources.iter().map(|s| html! {
                <li><a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ &s.title }</a>{ " — " }{ t!(data, "ui-vendor-supports", fields = s.supports.join(", ")) }</li>
            }) }</ul>
        </article>
    }
}

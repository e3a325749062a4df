use vendorplan_core::dataset;
use vendorplan_data::vocabulary::label;
use vendorplan_data::VendorId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VendorDetailProps {
    pub id: String,
}

fn facts(rows: Vec<(&'static str, Html)>) -> Html {
    html! {
        <dl class="facts">
            { for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
        </dl>
    }
}

/// A catalog record in full, at `#vendor/<id>`.
#[function_component(VendorDetail)]
pub fn vendor_detail(props: &VendorDetailProps) -> Html {
    let data = dataset();
    let Some(v) = data.vendor(&VendorId::from(props.id.as_str())) else {
        return html! { <section class="vendor-detail"><h2>{ "Unknown service" }</h2><p>{ format!("The catalog has no service `{}`.", props.id) }</p><a href="#">{ "Back" }</a></section> };
    };
    let voc = &data.vocabulary;
    let list = |items: Vec<&str>| items.join(", ");
    let link = |u: &Option<String>| match u {
        Some(u) => {
            html! { <a href={u.clone()} rel="noopener noreferrer" target="_blank">{ u }</a> }
        }
        None => html! { "Not published" },
    };
    html! {
        <article class="vendor-detail" id="vendor-detail" aria-labelledby="vendor-title">
            <a href="#" class="back">{ "← Back to your plan" }</a>
            <h2 id="vendor-title">{ &v.name }</h2>
            <p>{ &v.description }</p>
            { facts(vec![
                ("Company", html! { format!("{} ({})", v.company, data.country(v.country.as_str()).map_or(v.country.as_str(), |c| c.name.as_str())) }),
                ("Categories", html! { list(v.categories.iter().map(|c| label(&voc.category, c)).collect()) }),
                ("Deployment", html! { label(&voc.deployment, &v.deployment) }),
                ("Reviewed", html! { &v.reviewed }),
            ]) }
            <h3>{ "What it processes" }</h3>
            { for v.purposes.iter().map(|p| html! {
                <section class="purpose">
                    <h4>{ &p.name }</h4>
                    { facts(vec![
                        ("Role", html! { label(&voc.role, &p.role) }),
                        ("Data subjects", html! { list(p.data_subjects.iter().map(|s| label(&voc.data_subject, s)).collect()) }),
                        ("Personal data", html! { &p.personal_data_detail }),
                        ("Lawful bases", html! { list(p.lawful_bases.iter().map(|b| label(&voc.lawful_basis, b)).collect()) }),
                        ("Why", html! { &p.lawful_basis_note }),
                    ]) }
                </section>
            }) }
            <h3>{ "Hosting and transfers" }</h3>
            { facts(vec![
                ("Regions", html! { <ul>{ for v.hosting.regions.iter().map(|r| html! { <li>{ &r.detail }</li> }) }</ul> }),
                ("EU region", html! { format!("{}. {}", label(&voc.eu_region, &v.hosting.eu_region), v.hosting.eu_region_how) }),
                ("Data Privacy Framework", html! { label(&voc.dpf_status, &v.transfers.dpf) }),
                ("SCCs in the DPA", html! { label(&voc.tri, &v.transfers.scc) }),
                ("Transfers", html! { &v.transfers.note }),
            ]) }
            <h3>{ "Documents and retention" }</h3>
            { facts(vec![
                ("DPA", html! { <>{ link(&v.documents.dpa) }{ " " }{ &v.documents.dpa_how }</> }),
                ("Sub-processors", link(&v.documents.sub_processors)),
                ("Privacy policy", link(&Some(v.documents.privacy_policy.clone()))),
                ("Retention", html! { format!("{} {} {}", v.retention.default, v.retention.options, v.retention.after_termination) }),
            ]) }
            if !v.cookies.is_empty() {
                <h3>{ "Cookies" }</h3>
                <ul>{ for v.cookies.iter().map(|c| html! {
                    <li><code>{ &c.name }</code>{ format!(" — {}, {}, {}: {}", label(&voc.cookie_purpose, &c.purpose), c.duration, label(&voc.set_on, &c.set_on), c.description) }</li>
                }) }</ul>
            }
            <h3>{ "Security" }</h3>
            { facts(vec![
                ("Vulnerability disclosure", link(&v.security.vdp)),
                ("Response", html! { v.security.response_time.clone().unwrap_or_default() }),
                ("Certifications", html! { { if v.security.certifications.is_empty() { "None confirmed".to_owned() } else { list(v.security.certifications.iter().map(|c| label(&voc.certification, c)).collect()) } } }),
                ("NIS2", html! { format!("{}. {}", label(&voc.nis2_relevance, &v.nis2.relevance), v.nis2.note) }),
                ("DPIA", html! { &v.dpia.note }),
            ]) }
            if !v.controls.is_empty() {
                <h3>{ "Controls to switch on" }</h3>
                <ul>{ for v.controls.iter().map(|c| html! { <li><strong>{ label(&voc.control_kind, &c.kind) }</strong>{ format!(": {}", c.how) }</li> }) }</ul>
            }
            if !v.alternatives.is_empty() {
                <h3>{ "Alternatives" }</h3>
                <ul>{ for v.alternatives.iter().filter_map(|a| data.vendor(a)).map(|a| html! { <li><a href={format!("#vendor/{}", a.id)}>{ &a.name }</a></li> }) }</ul>
            }
            <h3>{ "Sources" }</h3>
            <ul class="sources">{ for v.sources.iter().map(|s| html! {
                <li><a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{ &s.title }</a>{ format!(" — supports: {}", s.supports.join(", ")) }</li>
            }) }</ul>
        </article>
    }
}

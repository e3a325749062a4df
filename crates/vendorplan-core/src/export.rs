//! Plan exports. Each format only encodes the [`Plan`]; wording comes from the data and from
//! [`crate::explain`].

use std::fmt::Write;

use vendorplan_data::vocabulary::label;
use vendorplan_data::Dataset;

use crate::explain::{self, countries, labels, met};
use crate::plan::{Met, NoticeAudience, Plan, Risk};

/// The plan file: pretty JSON, re-importable, byte-identical for the same plan.
pub fn json(plan: &Plan) -> String {
    let mut out = serde_json::to_string_pretty(plan).expect("a plan always serializes");
    out.push('\n');
    out
}

/// Markdown text is escaped so that data can never open a link, an HTML tag or a table cell.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn table(w: &mut String, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let _ = writeln!(w, "| {} |", headers.join(" | "));
    let _ = writeln!(w, "|{}", "---|".repeat(headers.len()));
    for row in rows {
        let _ = writeln!(w, "| {} |", row.join(" | "));
    }
    let _ = writeln!(w);
}

fn vendor_name<'a>(data: &'a Dataset, id: &'a vendorplan_data::VendorId) -> &'a str {
    data.vendor(id).map_or(id.as_str(), |v| v.name.as_str())
}

fn risk_label(vocab: &vendorplan_data::Vocabulary, risk: Risk) -> &str {
    let p = match risk {
        Risk::High => vendorplan_data::Priority::High,
        Risk::Medium => vendorplan_data::Priority::Medium,
        Risk::Low => vendorplan_data::Priority::Low,
    };
    label(&vocab.priority, &p)
}

/// The registers after the action list: each a table or a short list.
fn sections(w: &mut String, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    if plan.summary.vendors.is_empty() {
        return;
    }
    let _ = writeln!(w, "## Record of processing activities (Art. 30)\n");
    if !plan.art30_exemption.applies {
        let _ = writeln!(w, "The Art. 30(5) exemption does not apply: these services are used regularly, not occasionally.\n");
    }
    table(
        w,
        &[
            "Vendor",
            "Purpose",
            "Role",
            "Lawful bases",
            "Data subjects",
            "Personal data",
            "Recipient",
            "Third countries",
            "Safeguard",
            "Retention",
        ],
        plan.records_of_processing.iter().map(|r| {
            vec![
                md(vendor_name(data, &r.vendor)),
                md(&r.name),
                md(label(&vocab.role, &r.role)),
                md(&labels(&vocab.lawful_basis, &r.lawful_bases)),
                md(&labels(&vocab.data_subject, &r.data_subjects)),
                md(&labels(&vocab.data_category, &r.personal_data)),
                md(&r.recipient),
                md(&countries(data, r.transfer_countries.iter())),
                md(label(&vocab.transfer_mechanism, &r.transfer_mechanism)),
                md(&r.retention),
            ]
        }),
    );

    if !plan.processors.is_empty() {
        let _ = writeln!(w, "## Processors (Art. 28)\n");
        table(
            w,
            &[
                "Vendor",
                "Company",
                "DPA",
                "DPA concluded",
                "Sub-processors",
            ],
            plan.processors.iter().map(|p| {
                vec![
                    md(vendor_name(data, &p.vendor)),
                    md(&p.company),
                    p.dpa
                        .as_deref()
                        .map(|u| format!("<{u}>"))
                        .unwrap_or_else(|| md(&p.dpa_how)),
                    p.dpa_signed
                        .map_or("not answered", |t| label(&vocab.tri, &t))
                        .to_owned(),
                    p.sub_processors
                        .as_deref()
                        .map(|u| format!("<{u}>"))
                        .unwrap_or_else(|| "not published".into()),
                ]
            }),
        );
    }

    let _ = writeln!(w, "## Transfers outside the EEA\n");
    table(
        w,
        &[
            "Vendor",
            "Stored in",
            "Destinations",
            "Mechanism",
            "TIA needed",
            "EU region would end it",
        ],
        plan.transfers.iter().map(|t| {
            let assumed = if t.assumed { " (assumed)" } else { "" };
            vec![
                md(vendor_name(data, &t.vendor)),
                md(&t.stored_in),
                md(&countries(data, t.country.iter())),
                format!(
                    "{}{assumed}",
                    md(label(&vocab.transfer_mechanism, &t.mechanism))
                ),
                if t.tia_required { "yes" } else { "no" }.into(),
                if t.eu_region_removes { "yes" } else { "no" }.into(),
            ]
        }),
    );

    let _ = writeln!(w, "## DPIA screening (WP248 criteria)\n");
    let verdict = match (plan.dpia.required, plan.dpia.assumed) {
        (true, false) => "A DPIA is required for at least one service.",
        (true, true) => "A DPIA may be required: it depends on open answers.",
        _ => "No DPIA is indicated by the screening.",
    };
    let _ = writeln!(w, "{verdict} Two or more criteria met, or an entry of a national list, make a DPIA required.\n");
    for v in &plan.dpia.vendors {
        let _ = writeln!(
            w,
            "### {} — DPIA required: {}\n",
            md(vendor_name(data, &v.vendor)),
            met(v.required)
        );
        for c in v.criteria.iter().filter(|c| c.met != Met::No) {
            let why: Vec<String> = c
                .because
                .iter()
                .map(|r| md(&explain::reason(data, r)))
                .collect();
            let _ = writeln!(
                w,
                "- {}: {} — {}",
                md(label(&vocab.dpia_criterion, &c.id)),
                met(c.met),
                why.join("; ")
            );
        }
        for n in &v.national_lists {
            let cite = data
                .reference(&n.reference)
                .map_or(n.reference.as_str(), |r| r.citation.as_str());
            let _ = writeln!(w, "- {} ({}): {}", md(cite), met(n.met), md(&n.item));
        }
        let _ = writeln!(w);
    }

    if !plan.cookies.is_empty() {
        let _ = writeln!(w, "## Cookies\n");
        table(
            w,
            &[
                "Cookie",
                "Vendor",
                "Domain",
                "Purpose",
                "Duration",
                "Set on",
                "Consent needed",
            ],
            plan.cookies.iter().map(|c| {
                vec![
                    md(&c.name),
                    md(vendor_name(data, &c.vendor)),
                    md(&c.domain),
                    md(label(&vocab.cookie_purpose, &c.purpose)),
                    md(&c.duration),
                    md(label(&vocab.set_on, &c.set_on)),
                    met(c.consent_required).into(),
                ]
            }),
        );
    }

    if !plan.notices.is_empty() {
        let _ = writeln!(w, "## Notice texts\n");
        for n in &plan.notices {
            let audience = match n.audience {
                NoticeAudience::Privacy => "privacy notice",
                NoticeAudience::Employee => "employee notice",
            };
            let _ = writeln!(
                w,
                "### {} — {audience}\n\n{}\n",
                md(vendor_name(data, &n.vendor)),
                md(&n.text)
            );
        }
    }

    let _ = writeln!(w, "## Security and NIS2 supplier checks\n");
    table(
        w,
        &[
            "Vendor",
            "Supplier criticality",
            "Vulnerability disclosure",
            "Bug bounty",
            "Certifications",
            "Controls to use",
        ],
        plan.security.iter().map(|s| {
            vec![
                md(vendor_name(data, &s.vendor)),
                md(label(&vocab.nis2_relevance, &s.nis2)),
                s.vdp
                    .as_deref()
                    .map(|u| format!("<{u}>"))
                    .unwrap_or_else(|| "none published".into()),
                md(label(&vocab.tri, &s.bug_bounty)),
                if s.certifications.is_empty() {
                    "none confirmed".into()
                } else {
                    md(&labels(&vocab.certification, &s.certifications))
                },
                md(&labels(&vocab.control_kind, &s.controls)),
            ]
        }),
    );

    if !plan.alternatives.is_empty() {
        let _ = writeln!(w, "## Alternatives for high-risk vendors\n");
        for a in &plan.alternatives {
            let options: Vec<String> = a
                .options
                .iter()
                .map(|o| {
                    format!(
                        "{} ({}, {})",
                        md(&o.name),
                        md(label(&vocab.deployment, &o.deployment)),
                        md(label(&vocab.eu_region, &o.eu_region))
                    )
                })
                .collect();
            let _ = writeln!(
                w,
                "- {}: {}",
                md(vendor_name(data, &a.vendor)),
                options.join("; ")
            );
        }
        let _ = writeln!(w);
    }
}

/// A checklist a person can work through: summary, actions with their reasons, transfers, references.
pub fn markdown(data: &Dataset, plan: &Plan) -> String {
    let vocab = &data.vocabulary;
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(w, "# GDPR plan\n");
    let _ = writeln!(
        w,
        "Catalog {} of {}. This plan is guidance, not legal advice.\n",
        md(&plan.catalog.version),
        md(&plan.catalog.date)
    );

    let _ = writeln!(w, "## Summary\n");
    let c = plan.summary.actions;
    let _ = writeln!(
        w,
        "{} actions: {} {}, {} {}, {} {}.",
        c.total(),
        c.high,
        label(&vocab.priority, &vendorplan_data::Priority::High),
        c.medium,
        label(&vocab.priority, &vendorplan_data::Priority::Medium),
        c.low,
        label(&vocab.priority, &vendorplan_data::Priority::Low)
    );
    if plan.summary.assumed > 0 {
        let _ = writeln!(
            w,
            "{} of them rest on an assumption; answering the open questions can remove them.",
            plan.summary.assumed
        );
    }
    let _ = writeln!(w);
    if !plan.summary.vendors.is_empty() {
        let rows = plan.summary.vendors.iter().map(|v| {
            vec![
                md(&v.name),
                risk_label(vocab, v.risk).to_owned(),
                v.actions.high.to_string(),
                v.actions.medium.to_string(),
                v.actions.low.to_string(),
            ]
        });
        table(w, &["Vendor", "Risk", "High", "Medium", "Low"], rows);
    }

    let _ = writeln!(w, "## Actions\n");
    for a in &plan.actions {
        let assumed = if a.assumed {
            " (assumption to check)"
        } else {
            ""
        };
        let _ = writeln!(w, "- [ ] **{}**{assumed}", md(&a.title));
        let _ = writeln!(
            w,
            "  - Priority: {} · Owner: {} · Due: {}",
            label(&vocab.priority, &a.priority),
            label(&vocab.owner, &a.owner),
            md(&a.due)
        );
        let _ = writeln!(w, "  - {}", md(&a.what));
        for d in &a.details {
            let link = d
                .link
                .as_deref()
                .map(|l| format!(" <{l}>"))
                .unwrap_or_default();
            let _ = writeln!(w, "  - {}: {}{link}", md(&d.label), md(&d.text));
        }
        let cites: Vec<String> = a
            .references
            .iter()
            .filter_map(|r| data.reference(r))
            .map(|r| md(&r.citation))
            .collect();
        let _ = writeln!(w, "  - Legal basis: {}", cites.join("; "));
        let _ = writeln!(w, "  - Why this is in your plan:");
        for r in &a.because {
            let _ = writeln!(w, "    - {}", md(&explain::reason(data, r)));
        }
    }
    let _ = writeln!(w);

    sections(w, data, plan);

    let _ = writeln!(w, "## Legal references\n");
    for r in &plan.references {
        let _ = writeln!(
            w,
            "- **{}** — {}. {} <{}>",
            md(&r.citation),
            md(&r.title),
            md(&r.summary),
            r.url
        );
    }
    s
}

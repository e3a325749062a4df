//! Plan exports. Each format only encodes the [`Plan`]; wording comes from the data and from
//! [`crate::explain`].

use std::fmt::Write;

use vendorplan_data::vocabulary::label;
use vendorplan_data::Dataset;

use crate::explain;
use crate::plan::Plan;

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
        let _ = writeln!(w, "| Vendor | High | Medium | Low |\n|---|---|---|---|");
        for v in &plan.summary.vendors {
            let _ = writeln!(
                w,
                "| {} | {} | {} | {} |",
                md(&v.name),
                v.actions.high,
                v.actions.medium,
                v.actions.low
            );
        }
        let _ = writeln!(w);
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
            "  - Priority: {} · Owner: {}",
            label(&vocab.priority, &a.priority),
            label(&vocab.owner, &a.owner)
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

    if !plan.transfers.is_empty() {
        let _ = writeln!(w, "## Transfers outside the EEA\n");
        let _ = writeln!(
            w,
            "| Vendor | Stored in | Destinations | Mechanism | TIA needed |\n|---|---|---|---|---|"
        );
        for t in &plan.transfers {
            let name = data
                .vendor(&t.vendor)
                .map_or(t.vendor.as_str(), |v| v.name.as_str());
            let dest: Vec<String> = t
                .destinations
                .iter()
                .map(|d| {
                    data.country(d.country.as_str())
                        .map_or(d.country.to_string(), |c| c.name.clone())
                })
                .collect();
            let assumed = if t.assumed { " (assumed)" } else { "" };
            let _ = writeln!(
                w,
                "| {} | {} | {} | {}{assumed} | {} |",
                md(name),
                md(&t.stored_in),
                md(&dest.join(", ")),
                md(label(&vocab.transfer_mechanism, &t.mechanism)),
                if t.tia_required { "yes" } else { "no" }
            );
        }
        let _ = writeln!(w);
    }

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

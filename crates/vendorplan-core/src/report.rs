//! The plan as a [`Report`]: what a DPO hands over, chapter by chapter. Built once here and
//! rendered by every document format (Markdown, HTML, PDF, Word), so they all say the same;
//! the registers are [`Table`]s that the CSV export writes as they are.

use vendorplan_data::vocabulary::label;
use vendorplan_data::{Dataset, Priority, VendorId};
use vendorplan_document::{Block, Cell, CheckItem, Inline, Report, Table};

use crate::explain::{self, countries, labels, met};
use crate::plan::{Met, NoticeAudience, Plan, Risk};

pub const DISCLAIMER: &str = "This plan is guidance to help you meet the GDPR, not legal advice. \
    It rests on the catalog's public facts and your answers; check it against your own \
    contracts and settings, and take legal advice where the stakes are high.";

/// Where a file comes from, for formats without a cover page: "Made on 2026-11-25 with
/// Vendorplan catalog 2026.11.0 of 2026-11-25."
pub fn stamp(plan: &Plan) -> String {
    let made = plan
        .made
        .as_deref()
        .map(|m| format!("Made on {m} with "))
        .unwrap_or_else(|| "Made with ".to_owned());
    format!(
        "{made}Vendorplan catalog {} of {}.",
        plan.catalog.version, plan.catalog.date
    )
}

fn vendor_name<'a>(data: &'a Dataset, id: &'a VendorId) -> &'a str {
    data.vendor(id).map_or(id.as_str(), |v| v.name.as_str())
}

fn priority(risk: Risk) -> Priority {
    match risk {
        Risk::High => Priority::High,
        Risk::Medium => Priority::Medium,
        Risk::Low => Priority::Low,
    }
}

fn text(t: impl Into<String>) -> Inline {
    Inline::Text(t.into())
}

fn strong(t: impl Into<String>) -> Inline {
    Inline::Strong(t.into())
}

fn link_or(url: Option<&str>, otherwise: &str) -> Cell {
    match url {
        Some(u) => Cell::link(u, u),
        None => Cell::text(otherwise),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "Yes"
    } else {
        "No"
    }
}

fn new_table(id: &str, columns: &[(&str, u16)], rows: Vec<Vec<Cell>>) -> Table {
    Table {
        id: id.to_owned(),
        headers: columns.iter().map(|(h, _)| (*h).to_owned()).collect(),
        widths: columns.iter().map(|(_, w)| *w).collect(),
        rows,
    }
}

/// Art. 30(1) record of processing activities: one row per vendor and purpose.
pub fn records_of_processing(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .records_of_processing
        .iter()
        .map(|r| {
            vec![
                Cell::text(vendor_name(data, &r.vendor)),
                Cell::text(&r.name),
                Cell::text(label(&vocab.role, &r.role)),
                Cell::text(labels(&vocab.lawful_basis, &r.lawful_bases)),
                Cell::text(labels(&vocab.data_subject, &r.data_subjects)),
                Cell::text(labels(&vocab.data_category, &r.personal_data)),
                Cell::text(&r.recipient),
                Cell::text(countries(data, r.transfer_countries.iter())),
                Cell::text(label(&vocab.transfer_mechanism, &r.transfer_mechanism)),
                Cell::text(&r.retention),
            ]
        })
        .collect();
    new_table(
        "records-of-processing",
        &[
            ("Vendor", 10),
            ("Purpose", 12),
            ("Role", 8),
            ("Lawful bases", 10),
            ("Data subjects", 10),
            ("Personal data", 12),
            ("Recipient", 10),
            ("Third countries", 9),
            ("Safeguard", 9),
            ("Retention", 10),
        ],
        rows,
    )
}

/// Art. 28: the processors, their DPA and whether it is concluded.
pub fn processors(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .processors
        .iter()
        .map(|p| {
            vec![
                Cell::text(vendor_name(data, &p.vendor)),
                Cell::text(&p.company),
                match &p.dpa {
                    Some(u) => Cell::link(u, u),
                    None => Cell::text(&p.dpa_how),
                },
                Cell::text(
                    p.dpa_signed
                        .map_or("Not answered", |t| label(&vocab.tri, &t)),
                ),
                link_or(p.sub_processors.as_deref(), "Not published"),
            ]
        })
        .collect();
    new_table(
        "processors",
        &[
            ("Vendor", 3),
            ("Company", 4),
            ("Data processing agreement", 6),
            ("DPA concluded", 2),
            ("Sub-processors", 5),
        ],
        rows,
    )
}

/// Chapter V: where data goes outside the EEA and on what safeguard.
pub fn transfers(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .transfers
        .iter()
        .map(|t| {
            let mechanism = label(&vocab.transfer_mechanism, &t.mechanism);
            vec![
                Cell::text(vendor_name(data, &t.vendor)),
                Cell::text(&t.stored_in),
                Cell::text(countries(data, t.country.iter())),
                Cell::text(if t.assumed {
                    format!("{mechanism} (assumed)")
                } else {
                    mechanism.to_owned()
                }),
                Cell::text(yes_no(t.tia_required)),
                Cell::text(yes_no(t.eu_region_removes)),
            ]
        })
        .collect();
    new_table(
        "transfers",
        &[
            ("Vendor", 3),
            ("Stored in", 4),
            ("Destinations", 4),
            ("Mechanism", 4),
            ("TIA needed", 2),
            ("An EU region would end it", 2),
        ],
        rows,
    )
}

/// The cookies and similar technologies the selected services set, for the banner and the
/// cookie notice.
pub fn cookies(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .cookies
        .iter()
        .map(|c| {
            vec![
                Cell::text(&c.name),
                Cell::text(vendor_name(data, &c.vendor)),
                Cell::text(&c.domain),
                Cell::text(label(&vocab.cookie_purpose, &c.purpose)),
                Cell::text(&c.duration),
                Cell::text(label(&vocab.set_on, &c.set_on)),
                Cell::text(met(c.consent_required)),
            ]
        })
        .collect();
    new_table(
        "cookies",
        &[
            ("Cookie", 4),
            ("Vendor", 3),
            ("Domain", 4),
            ("Purpose", 3),
            ("Duration", 2),
            ("Set on", 3),
            ("Consent needed", 3),
        ],
        rows,
    )
}

/// Security and NIS2 supplier checks.
pub fn security(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .security
        .iter()
        .map(|s| {
            vec![
                Cell::text(vendor_name(data, &s.vendor)),
                Cell::text(label(&vocab.nis2_relevance, &s.nis2)),
                link_or(s.vdp.as_deref(), "None published"),
                Cell::text(label(&vocab.tri, &s.bug_bounty)),
                Cell::text(if s.certifications.is_empty() {
                    "None confirmed".to_owned()
                } else {
                    labels(&vocab.certification, &s.certifications)
                }),
                Cell::text(labels(&vocab.control_kind, &s.controls)),
            ]
        })
        .collect();
    new_table(
        "security",
        &[
            ("Vendor", 3),
            ("Supplier criticality", 3),
            ("Vulnerability disclosure", 5),
            ("Bug bounty", 2),
            ("Certifications", 4),
            ("Controls to use", 5),
        ],
        rows,
    )
}

/// The action list as a table, for tracking in a spreadsheet.
pub fn actions(data: &Dataset, plan: &Plan) -> Table {
    let vocab = &data.vocabulary;
    let rows = plan
        .actions
        .iter()
        .map(|a| {
            let cites: Vec<&str> = a
                .references
                .iter()
                .filter_map(|r| data.reference(r))
                .map(|r| r.citation.as_str())
                .collect();
            let why: Vec<String> = a.because.iter().map(|r| explain::reason(data, r)).collect();
            vec![
                Cell::text(&a.id),
                Cell::text(&a.title),
                Cell::text(a.vendor.as_ref().map_or("", |v| vendor_name(data, v))),
                Cell::text(label(&vocab.priority, &a.priority)),
                Cell::text(label(&vocab.owner, &a.owner)),
                Cell::text(&a.due),
                Cell::text(yes_no(plan.answers.done.contains(&a.id))),
                Cell::text(yes_no(a.assumed)),
                Cell::text(&a.what),
                Cell::text(cites.join("; ")),
                Cell::text(why.join("; ")),
                Cell::text(plan.answers.notes.get(&a.id).map_or("", String::as_str)),
            ]
        })
        .collect();
    new_table(
        "actions",
        &[
            ("Id", 3),
            ("Action", 6),
            ("Vendor", 3),
            ("Priority", 2),
            ("Owner", 2),
            ("Due", 3),
            ("Done", 1),
            ("Rests on an assumption", 2),
            ("What to do", 8),
            ("Legal basis", 4),
            ("Why", 8),
            ("Your note", 5),
        ],
        rows,
    )
}

/// The registers that can be written as spreadsheets: id, what it holds (for the CLI's
/// `--table` and the download menu), and how it is built. The one list behind [`TABLES`],
/// [`table`] and [`tables`].
type Builder = fn(&Dataset, &Plan) -> Table;
const REGISTERS: [(&str, &str, Builder); 6] = [
    (
        "records-of-processing",
        "Record of processing activities",
        records_of_processing,
    ),
    ("processors", "Processors", processors),
    ("transfers", "Transfer register", transfers),
    ("cookies", "Cookie inventory", cookies),
    ("security", "Security checks", security),
    ("actions", "Action list", actions),
];

/// The ids of the registers with what each holds, in the order of the report.
pub const TABLES: [(&str, &str); 6] = {
    let mut out = [("", ""); 6];
    let mut i = 0;
    while i < REGISTERS.len() {
        out[i] = (REGISTERS[i].0, REGISTERS[i].1);
        i += 1;
    }
    out
};

/// One register by its id, built alone; `None` for an id that is not one.
pub fn table(data: &Dataset, plan: &Plan, id: &str) -> Option<Table> {
    REGISTERS
        .iter()
        .find(|(register, _, _)| *register == id)
        .map(|(_, _, build)| build(data, plan))
}

/// Every register, in the order of the report.
pub fn tables(data: &Dataset, plan: &Plan) -> Vec<Table> {
    REGISTERS
        .iter()
        .map(|(_, _, build)| build(data, plan))
        .collect()
}

fn heading(blocks: &mut Vec<Block>, level: u8, text: impl Into<String>) {
    blocks.push(Block::Heading {
        level,
        text: text.into(),
    });
}

fn summary(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    heading(blocks, 1, "Summary");
    let c = plan.summary.actions;
    let mut parts = vec![
        strong(format!("{} actions", c.total())),
        text(format!(
            " for {} services: {} {}, {} {}, {} {} priority.",
            plan.summary.vendors.len(),
            c.high,
            label(&vocab.priority, &Priority::High),
            c.medium,
            label(&vocab.priority, &Priority::Medium),
            c.low,
            label(&vocab.priority, &Priority::Low),
        )),
    ];
    if plan.summary.assumed > 0 {
        parts.push(text(format!(
            " {} of them rest on an assumption: answering the open questions can remove them.",
            plan.summary.assumed
        )));
    }
    let done = plan
        .actions
        .iter()
        .filter(|a| plan.answers.done.contains(&a.id))
        .count();
    if done > 0 {
        parts.push(text(format!(" {done} are ticked off as done.")));
    }
    blocks.push(Block::Paragraph(parts));
    if !plan.summary.vendors.is_empty() {
        let rows = plan
            .summary
            .vendors
            .iter()
            .map(|v| {
                vec![
                    Cell::text(&v.name),
                    Cell::text(label(&vocab.priority, &priority(v.risk))),
                    Cell::text(v.actions.high.to_string()),
                    Cell::text(v.actions.medium.to_string()),
                    Cell::text(v.actions.low.to_string()),
                    Cell::text(
                        v.why
                            .iter()
                            .map(|id| {
                                plan.actions
                                    .iter()
                                    .find(|a| &a.id == id)
                                    .map_or(id.as_str(), |a| a.title.as_str())
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
            })
            .collect();
        blocks.push(Block::Table(new_table(
            "summary",
            &[
                ("Vendor", 5),
                ("Risk", 3),
                ("High", 3),
                ("Medium", 4),
                ("Low", 3),
                ("Why this risk", 16),
            ],
            rows,
        )));
    }
}

fn action_list(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    heading(blocks, 1, "Actions");
    if plan.actions.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "No actions: pick the services you use to get a plan.",
        )]));
        return;
    }
    for level in [Priority::High, Priority::Medium, Priority::Low] {
        let items: Vec<CheckItem> = plan
            .actions
            .iter()
            .filter(|a| a.priority == level)
            .map(|a| {
                let mut lines = vec![vec![text(format!(
                    "Owner: {} · Due: {}{}",
                    label(&vocab.owner, &a.owner),
                    a.due,
                    if a.assumed {
                        " · Rests on an assumption to check"
                    } else {
                        ""
                    }
                ))]];
                lines.push(vec![text(&a.what)]);
                for d in &a.details {
                    let mut line = vec![strong(format!("{}: ", d.label)), text(&d.text)];
                    if let Some(url) = &d.link {
                        line.push(text(" "));
                        line.push(Inline::Link {
                            text: url.clone(),
                            url: url.clone(),
                        });
                    }
                    lines.push(line);
                }
                let cites: Vec<&str> = a
                    .references
                    .iter()
                    .filter_map(|r| data.reference(r))
                    .map(|r| r.citation.as_str())
                    .collect();
                lines.push(vec![strong("Legal basis: "), text(cites.join("; "))]);
                let why: Vec<String> = a.because.iter().map(|r| explain::reason(data, r)).collect();
                lines.push(vec![
                    strong("Why this is in your plan: "),
                    text(why.join("; ")),
                ]);
                if let Some(note) = plan.answers.notes.get(&a.id) {
                    lines.push(vec![strong("Your note: "), text(note)]);
                }
                CheckItem {
                    done: plan.answers.done.contains(&a.id),
                    title: a.title.clone(),
                    lines,
                }
            })
            .collect();
        if !items.is_empty() {
            heading(
                blocks,
                2,
                format!("{} priority", label(&vocab.priority, &level)),
            );
            blocks.push(Block::Checklist(items));
        }
    }
}

fn registers(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    heading(blocks, 1, "Registers");
    heading(blocks, 2, "Record of processing activities (Art. 30)");
    if !plan.art30_exemption.applies {
        blocks.push(Block::Paragraph(vec![text(
            "The Art. 30(5) exemption does not apply: these services are used regularly, \
             not occasionally, so the record is required whatever the organisation's size.",
        )]));
    }
    blocks.push(Block::Table(records_of_processing(data, plan)));
    if !plan.processors.is_empty() {
        heading(blocks, 2, "Processors (Art. 28)");
        blocks.push(Block::Table(processors(data, plan)));
    }
    heading(blocks, 2, "Transfers outside the EEA (Chapter V)");
    if plan.transfers.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "None of the selected services transfers personal data outside the EEA.",
        )]));
    } else {
        blocks.push(Block::Table(transfers(data, plan)));
    }
}

fn dpia(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    heading(blocks, 1, "DPIA screening (Art. 35, WP248 criteria)");
    let verdict = match (plan.dpia.required, plan.dpia.assumed) {
        (true, false) => "A DPIA is required for at least one service.",
        (true, true) => "A DPIA may be required: it depends on open answers.",
        _ => "The screening indicates no DPIA.",
    };
    blocks.push(Block::Paragraph(vec![
        strong(verdict),
        text(
            " Two or more WP248 criteria met, or an entry of a national Art. 35(4) list, \
             make a DPIA required.",
        ),
    ]));
    for v in &plan.dpia.vendors {
        heading(
            blocks,
            3,
            format!(
                "{}: DPIA required: {}",
                vendor_name(data, &v.vendor),
                met(v.required)
            ),
        );
        let mut items: Vec<Vec<Inline>> = v
            .criteria
            .iter()
            .filter(|c| c.met != Met::No)
            .map(|c| {
                let why: Vec<String> = c.because.iter().map(|r| explain::reason(data, r)).collect();
                vec![
                    strong(format!(
                        "{}: {}",
                        label(&vocab.dpia_criterion, &c.id),
                        met(c.met)
                    )),
                    text(format!(" ({})", why.join("; "))),
                ]
            })
            .collect();
        items.extend(v.national_lists.iter().map(|n| {
            let cite = data
                .reference(&n.reference)
                .map_or(n.reference.as_str(), |r| r.citation.as_str());
            vec![
                strong(format!("{cite}: {}", met(n.met))),
                text(format!(" ({})", n.item)),
            ]
        }));
        if !items.is_empty() {
            blocks.push(Block::Bullets(items));
        }
    }
}

fn rest(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    if !plan.cookies.is_empty() {
        heading(blocks, 1, "Cookies and similar technologies");
        blocks.push(Block::Paragraph(vec![text(
            "Cookies that need consent must not be set before the visitor agrees \
             (ePrivacy Directive Art. 5(3)); list them in your cookie notice.",
        )]));
        blocks.push(Block::Table(cookies(data, plan)));
    }
    if !plan.notices.is_empty() {
        heading(blocks, 1, "Notice texts (Art. 13 and 14)");
        for n in &plan.notices {
            let audience = match n.audience {
                NoticeAudience::Privacy => "privacy notice",
                NoticeAudience::Employee => "employee privacy notice",
            };
            heading(
                blocks,
                3,
                format!("{}: {audience}", vendor_name(data, &n.vendor)),
            );
            blocks.push(Block::Paragraph(vec![text(&n.text)]));
        }
    }
    if !plan.security.is_empty() {
        heading(blocks, 1, "Security and NIS2 supplier checks");
        blocks.push(Block::Table(security(data, plan)));
    }
    if !plan.alternatives.is_empty() {
        heading(blocks, 1, "Alternatives for high-risk vendors");
        let items = plan
            .alternatives
            .iter()
            .map(|a| {
                let options: Vec<String> = a
                    .options
                    .iter()
                    .map(|o| {
                        format!(
                            "{} ({}, {})",
                            o.name,
                            label(&vocab.deployment, &o.deployment),
                            label(&vocab.eu_region, &o.eu_region)
                        )
                    })
                    .collect();
                vec![
                    strong(format!("{}: ", vendor_name(data, &a.vendor))),
                    text(options.join("; ")),
                ]
            })
            .collect();
        blocks.push(Block::Bullets(items));
    }
    if !plan.references.is_empty() {
        heading(blocks, 1, "Legal references");
        let items = plan
            .references
            .iter()
            .map(|r| {
                vec![
                    strong(&r.citation),
                    text(format!(": {}. {} ", r.title, r.summary)),
                    Inline::Link {
                        text: r.url.clone(),
                        url: r.url.clone(),
                    },
                ]
            })
            .collect();
        blocks.push(Block::Bullets(items));
    }
}

/// The whole plan as a report, in the order a reader needs it: what to do first, then the
/// registers that document it.
pub fn report(data: &Dataset, plan: &Plan) -> Report {
    let mut cover = Vec::new();
    let org = plan.answers.organisation.trim();
    if !org.is_empty() {
        cover.push(format!("For {org}"));
    }
    if let Some(made) = &plan.made {
        cover.push(format!("Made on {made}"));
    }
    cover.push(format!(
        "Vendorplan catalog {} of {}",
        plan.catalog.version, plan.catalog.date
    ));
    let mut blocks = Vec::new();
    summary(&mut blocks, data, plan);
    action_list(&mut blocks, data, plan);
    if !plan.summary.vendors.is_empty() {
        registers(&mut blocks, data, plan);
        dpia(&mut blocks, data, plan);
        rest(&mut blocks, data, plan);
    }
    Report {
        title: "GDPR plan".to_owned(),
        cover,
        disclaimer: DISCLAIMER.to_owned(),
        lang: "en".to_owned(),
        blocks,
    }
}

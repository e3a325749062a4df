//! The plan as a [`Report`]: what a DPO hands over, chapter by chapter. Built once here and
//! rendered by every document format (Markdown, HTML, PDF, Word), so they all say the same;
//! the registers are [`Table`]s that the CSV export writes as they are.

use vendorplan_data::t;
use vendorplan_data::vocabulary::label;
use vendorplan_data::{Dataset, Priority, VendorId};
use vendorplan_document::{Block, Cell, CheckItem, Inline, Report, Table};

use crate::explain::{self, countries, labels, met};
use crate::export::Day;
use crate::plan::{Met, NoticeAudience, Plan, Risk};

/// The notice on every file that the plan is guidance, not legal advice, in the dataset's
/// language.
pub fn disclaimer(data: &Dataset) -> String {
    t!(data, "report-disclaimer")
}

/// A day as people read it in the dataset's language: 2026-11-25, 25.11.2026, 25/11/2026.
pub fn date(data: &Dataset, day: Day) -> String {
    t!(
        data,
        "report-date",
        year = format!("{:04}", day.year),
        month = format!("{:02}", day.month),
        day = format!("{:02}", day.day),
    )
}

/// An ISO date of the plan or the catalog (`YYYY-MM-DD`) as people read it; any other text
/// as it is.
pub fn date_text(data: &Dataset, iso: &str) -> String {
    Day::parse(iso).map_or_else(|| iso.to_owned(), |d| date(data, d))
}

/// "Vendorplan catalog 2026.11.0 of 2026-11-25", as on the cover.
pub fn catalog_line(data: &Dataset, plan: &Plan) -> String {
    t!(
        data,
        "report-catalog",
        version = plan.catalog.version.as_str(),
        date = date_text(data, &plan.catalog.date),
    )
}

/// Where a file comes from, for formats without a cover page: "Made on 2026-11-25 with
/// Vendorplan catalog 2026.11.0 of 2026-11-25."
pub fn stamp(data: &Dataset, plan: &Plan) -> String {
    let version = plan.catalog.version.as_str();
    let catalog_date = date_text(data, &plan.catalog.date);
    match plan.made.as_deref() {
        Some(made) => t!(
            data,
            "report-stamp-made",
            date = date_text(data, made),
            version = version,
            catalog_date = catalog_date,
        ),
        None => t!(
            data,
            "report-stamp",
            version = version,
            catalog_date = catalog_date
        ),
    }
}

/// "Label: value", with the language's spacing around the colon.
pub(crate) fn label_value(data: &Dataset, label: &str, value: &str) -> String {
    t!(data, "report-label-value", label = label, value = value)
}

/// "Label:" before a text; the caller adds the space.
fn label_colon(data: &Dataset, label: &str) -> String {
    t!(data, "report-label", label = label)
}

/// Items of a list in running text, joined as the language does: "a; b", "a ; b".
pub(crate) fn join_list<S: AsRef<str>>(data: &Dataset, items: &[S]) -> String {
    let separator = t!(data, "report-list-separator");
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<&str>>()
        .join(&separator)
}

/// A bold label with its colon, then the text after a space: the space stays outside the bold,
/// where Markdown needs it.
fn labelled(data: &Dataset, label: &str, rest: impl Into<String>) -> Vec<Inline> {
    vec![
        strong(label_colon(data, label)),
        text(format!(" {}", rest.into())),
    ]
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

fn link_or(url: Option<&str>, otherwise: String) -> Cell {
    match url {
        Some(u) => Cell::link(u, u),
        None => Cell::text(otherwise),
    }
}

fn yes_no(data: &Dataset, b: bool) -> String {
    if b {
        t!(data, "report-yes")
    } else {
        t!(data, "report-no")
    }
}

fn new_table(id: &str, columns: Vec<(String, u16)>, rows: Vec<Vec<Cell>>) -> Table {
    let (headers, widths) = columns.into_iter().unzip();
    Table {
        id: id.to_owned(),
        headers,
        widths,
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
        vec![
            (t!(data, "report-column-vendor"), 10),
            (t!(data, "report-column-purpose"), 12),
            (t!(data, "report-column-role"), 8),
            (t!(data, "report-column-lawful-bases"), 10),
            (t!(data, "report-column-data-subjects"), 10),
            (t!(data, "report-column-personal-data"), 12),
            (t!(data, "report-column-recipient"), 10),
            (t!(data, "report-column-third-countries"), 9),
            (t!(data, "report-column-safeguard"), 9),
            (t!(data, "report-column-retention"), 10),
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
                Cell::text(p.dpa_signed.map_or_else(
                    || t!(data, "report-not-answered"),
                    |t| label(&vocab.tri, &t).to_owned(),
                )),
                link_or(
                    p.sub_processors.as_deref(),
                    t!(data, "report-not-published"),
                ),
            ]
        })
        .collect();
    new_table(
        "processors",
        vec![
            (t!(data, "report-column-vendor"), 3),
            (t!(data, "report-column-company"), 4),
            (t!(data, "report-column-dpa"), 6),
            (t!(data, "report-column-dpa-concluded"), 2),
            (t!(data, "report-column-sub-processors"), 5),
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
                    t!(data, "report-mechanism-assumed", mechanism = mechanism)
                } else {
                    mechanism.to_owned()
                }),
                Cell::text(yes_no(data, t.tia_required)),
                Cell::text(yes_no(data, t.eu_region_removes)),
            ]
        })
        .collect();
    new_table(
        "transfers",
        vec![
            (t!(data, "report-column-vendor"), 3),
            (t!(data, "report-column-stored-in"), 4),
            (t!(data, "report-column-destinations"), 4),
            (t!(data, "report-column-mechanism"), 4),
            (t!(data, "report-column-tia-needed"), 2),
            (t!(data, "report-column-eu-region-ends"), 2),
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
                Cell::text(met(data, c.consent_required)),
            ]
        })
        .collect();
    new_table(
        "cookies",
        vec![
            (t!(data, "report-column-cookie"), 4),
            (t!(data, "report-column-vendor"), 3),
            (t!(data, "report-column-domain"), 4),
            (t!(data, "report-column-cookie-purpose"), 3),
            (t!(data, "report-column-duration"), 2),
            (t!(data, "report-column-set-on"), 3),
            (t!(data, "report-column-consent-needed"), 3),
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
                link_or(s.vdp.as_deref(), t!(data, "report-none-published")),
                Cell::text(label(&vocab.tri, &s.bug_bounty)),
                Cell::text(if s.certifications.is_empty() {
                    t!(data, "report-none-confirmed")
                } else {
                    labels(&vocab.certification, &s.certifications)
                }),
                Cell::text(labels(&vocab.control_kind, &s.controls)),
            ]
        })
        .collect();
    new_table(
        "security",
        vec![
            (t!(data, "report-column-vendor"), 3),
            (t!(data, "report-column-criticality"), 3),
            (t!(data, "report-column-vdp"), 5),
            (t!(data, "report-column-bug-bounty"), 2),
            (t!(data, "report-column-certifications"), 4),
            (t!(data, "report-column-controls"), 5),
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
                Cell::text(yes_no(data, plan.answers.done.contains(&a.id))),
                Cell::text(yes_no(data, a.assumed)),
                Cell::text(&a.what),
                Cell::text(join_list(data, &cites)),
                Cell::text(join_list(data, &why)),
                Cell::text(plan.answers.notes.get(&a.id).map_or("", String::as_str)),
            ]
        })
        .collect();
    new_table(
        "actions",
        vec![
            (t!(data, "report-column-id"), 3),
            (t!(data, "report-column-action"), 6),
            (t!(data, "report-column-vendor"), 3),
            (t!(data, "report-column-priority"), 2),
            (t!(data, "report-column-owner"), 2),
            (t!(data, "report-column-due"), 3),
            (t!(data, "report-column-done"), 1),
            (t!(data, "report-column-assumed"), 2),
            (t!(data, "report-column-what"), 8),
            (t!(data, "report-column-legal-basis"), 4),
            (t!(data, "report-column-why"), 8),
            (t!(data, "report-column-note"), 5),
        ],
        rows,
    )
}

/// What a register holds, and the part of its CSV file's name, in the dataset's language.
type Words = fn(&Dataset) -> (String, String);
/// The registers that can be written as spreadsheets: id (for the CLI's `--table` and the
/// download menu), its words, and how it is built. The one list behind [`TABLES`],
/// [`table_title`], [`table`] and [`tables`].
type Builder = fn(&Dataset, &Plan) -> Table;
const REGISTERS: [(&str, Words, Builder); 6] = [
    (
        "records-of-processing",
        |d| {
            (
                t!(d, "report-register-records-of-processing"),
                t!(d, "report-file-records-of-processing"),
            )
        },
        records_of_processing,
    ),
    (
        "processors",
        |d| {
            (
                t!(d, "report-register-processors"),
                t!(d, "report-file-processors"),
            )
        },
        processors,
    ),
    (
        "transfers",
        |d| {
            (
                t!(d, "report-register-transfers"),
                t!(d, "report-file-transfers"),
            )
        },
        transfers,
    ),
    (
        "cookies",
        |d| {
            (
                t!(d, "report-register-cookies"),
                t!(d, "report-file-cookies"),
            )
        },
        cookies,
    ),
    (
        "security",
        |d| {
            (
                t!(d, "report-register-security"),
                t!(d, "report-file-security"),
            )
        },
        security,
    ),
    (
        "actions",
        |d| {
            (
                t!(d, "report-register-actions"),
                t!(d, "report-file-actions"),
            )
        },
        actions,
    ),
];

/// The ids of the registers, in the order of the report; [`table_title`] says what each holds.
pub const TABLES: [&str; 6] = {
    let mut out = [""; 6];
    let mut i = 0;
    while i < REGISTERS.len() {
        out[i] = REGISTERS[i].0;
        i += 1;
    }
    out
};

/// What the register `id` holds ("Record of processing activities"), for a menu; `None` for an
/// id that is not one.
pub fn table_title(data: &Dataset, id: &str) -> Option<String> {
    REGISTERS
        .iter()
        .find(|(register, _, _)| *register == id)
        .map(|(_, words, _)| words(data).0)
}

/// The part of a CSV file's name that says which register it holds (`records-of-processing`),
/// in the dataset's language; `None` for an id that is not one.
pub fn table_file_part(data: &Dataset, id: &str) -> Option<String> {
    REGISTERS
        .iter()
        .find(|(register, _, _)| *register == id)
        .map(|(_, words, _)| words(data).1)
}

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
    heading(blocks, 1, t!(data, "report-summary"));
    let c = plan.summary.actions;
    let mut parts = vec![
        strong(t!(data, "report-summary-actions", count = c.total())),
        text(format!(
            " {}",
            t!(
                data,
                "report-summary-counts",
                vendors = plan.summary.vendors.len(),
                high = c.high,
                medium = c.medium,
                low = c.low,
            )
        )),
    ];
    if plan.summary.assumed > 0 {
        parts.push(text(format!(
            " {}",
            t!(data, "report-summary-assumed", count = plan.summary.assumed)
        )));
    }
    let done = plan
        .actions
        .iter()
        .filter(|a| plan.answers.done.contains(&a.id))
        .count();
    if done > 0 {
        parts.push(text(format!(
            " {}",
            t!(data, "report-summary-done", count = done)
        )));
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
                    Cell::text(join_list(
                        data,
                        &v.why
                            .iter()
                            .map(|id| {
                                plan.actions
                                    .iter()
                                    .find(|a| &a.id == id)
                                    .map_or(id.as_str(), |a| a.title.as_str())
                            })
                            .collect::<Vec<_>>(),
                    )),
                ]
            })
            .collect();
        blocks.push(Block::Table(new_table(
            "summary",
            vec![
                (t!(data, "report-column-vendor"), 5),
                (t!(data, "report-column-risk"), 3),
                (label(&vocab.priority, &Priority::High).to_owned(), 3),
                (label(&vocab.priority, &Priority::Medium).to_owned(), 4),
                (label(&vocab.priority, &Priority::Low).to_owned(), 3),
                (t!(data, "report-column-why-risk"), 16),
            ],
            rows,
        )));
    }
}

fn action_list(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    heading(blocks, 1, t!(data, "report-actions"));
    if plan.actions.is_empty() {
        blocks.push(Block::Paragraph(vec![text(t!(
            data,
            "report-actions-none"
        ))]));
        return;
    }
    let legal_basis = t!(data, "report-legal-basis");
    let why_label = t!(data, "report-why-in-plan");
    let note_label = t!(data, "report-your-note");
    for level in [Priority::High, Priority::Medium, Priority::Low] {
        let items: Vec<CheckItem> = plan
            .actions
            .iter()
            .filter(|a| a.priority == level)
            .map(|a| {
                let owner = label(&vocab.owner, &a.owner);
                let meta = if a.assumed {
                    t!(
                        data,
                        "report-action-meta-assumed",
                        owner = owner,
                        due = a.due.as_str()
                    )
                } else {
                    t!(
                        data,
                        "report-action-meta",
                        owner = owner,
                        due = a.due.as_str()
                    )
                };
                let mut lines = vec![vec![text(meta)]];
                lines.push(vec![text(&a.what)]);
                for d in &a.details {
                    let mut line = labelled(data, &d.label, &d.text);
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
                lines.push(labelled(data, &legal_basis, join_list(data, &cites)));
                let why: Vec<String> = a.because.iter().map(|r| explain::reason(data, r)).collect();
                lines.push(labelled(data, &why_label, join_list(data, &why)));
                if let Some(note) = plan.answers.notes.get(&a.id) {
                    lines.push(labelled(data, &note_label, note));
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
                t!(
                    data,
                    "report-priority-heading",
                    priority = label(&vocab.priority, &level)
                ),
            );
            blocks.push(Block::Checklist(items));
        }
    }
}

fn registers(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    heading(blocks, 1, t!(data, "report-registers"));
    heading(blocks, 2, t!(data, "report-records-heading"));
    if !plan.art30_exemption.applies {
        blocks.push(Block::Paragraph(vec![text(t!(
            data,
            "report-art30-exemption-not"
        ))]));
    }
    blocks.push(Block::Table(records_of_processing(data, plan)));
    if !plan.processors.is_empty() {
        heading(blocks, 2, t!(data, "report-processors-heading"));
        blocks.push(Block::Table(processors(data, plan)));
    }
    heading(blocks, 2, t!(data, "report-transfers-heading"));
    if plan.transfers.is_empty() {
        blocks.push(Block::Paragraph(vec![text(t!(
            data,
            "report-transfers-none"
        ))]));
    } else {
        blocks.push(Block::Table(transfers(data, plan)));
    }
}

fn dpia(blocks: &mut Vec<Block>, data: &Dataset, plan: &Plan) {
    let vocab = &data.vocabulary;
    heading(blocks, 1, t!(data, "report-dpia-heading"));
    let verdict = match (plan.dpia.required, plan.dpia.assumed) {
        (true, false) => t!(data, "report-dpia-required"),
        (true, true) => t!(data, "report-dpia-maybe"),
        _ => t!(data, "report-dpia-none"),
    };
    blocks.push(Block::Paragraph(vec![
        strong(verdict),
        text(format!(" {}", t!(data, "report-dpia-rule"))),
    ]));
    for v in &plan.dpia.vendors {
        heading(
            blocks,
            3,
            t!(
                data,
                "report-dpia-vendor",
                vendor = vendor_name(data, &v.vendor),
                met = met(data, v.required)
            ),
        );
        let mut items: Vec<Vec<Inline>> = v
            .criteria
            .iter()
            .filter(|c| c.met != Met::No)
            .map(|c| {
                let why: Vec<String> = c.because.iter().map(|r| explain::reason(data, r)).collect();
                vec![
                    strong(label_value(
                        data,
                        label(&vocab.dpia_criterion, &c.id),
                        &met(data, c.met),
                    )),
                    text(format!(" ({})", join_list(data, &why))),
                ]
            })
            .collect();
        items.extend(v.national_lists.iter().map(|n| {
            let cite = data
                .reference(&n.reference)
                .map_or(n.reference.as_str(), |r| r.citation.as_str());
            vec![
                strong(label_value(data, cite, &met(data, n.met))),
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
        heading(blocks, 1, t!(data, "report-cookies-heading"));
        blocks.push(Block::Paragraph(vec![text(t!(
            data,
            "report-cookies-intro"
        ))]));
        blocks.push(Block::Table(cookies(data, plan)));
    }
    if !plan.notices.is_empty() {
        heading(blocks, 1, t!(data, "report-notices-heading"));
        for n in &plan.notices {
            let audience = match n.audience {
                NoticeAudience::Privacy => t!(data, "report-notice-privacy"),
                NoticeAudience::Employee => t!(data, "report-notice-employee"),
            };
            heading(
                blocks,
                3,
                label_value(data, vendor_name(data, &n.vendor), &audience),
            );
            blocks.push(Block::Paragraph(vec![text(&n.text)]));
        }
    }
    if !plan.security.is_empty() {
        heading(blocks, 1, t!(data, "report-security-heading"));
        blocks.push(Block::Table(security(data, plan)));
    }
    if !plan.alternatives.is_empty() {
        heading(blocks, 1, t!(data, "report-alternatives-heading"));
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
                labelled(
                    data,
                    vendor_name(data, &a.vendor),
                    join_list(data, &options),
                )
            })
            .collect();
        blocks.push(Block::Bullets(items));
    }
    if !plan.references.is_empty() {
        heading(blocks, 1, t!(data, "report-references-heading"));
        let items = plan
            .references
            .iter()
            .map(|r| {
                let mut item = labelled(data, &r.citation, format!("{}. {} ", r.title, r.summary));
                item.push(Inline::Link {
                    text: r.url.clone(),
                    url: r.url.clone(),
                });
                item
            })
            .collect();
        blocks.push(Block::Bullets(items));
    }
}

/// The whole plan as a report in the dataset's language, in the order a reader needs it: what
/// to do first, then the registers that document it.
pub fn report(data: &Dataset, plan: &Plan) -> Report {
    let mut cover = Vec::new();
    let org = plan.answers.organisation.trim();
    if !org.is_empty() {
        cover.push(t!(data, "report-cover-for", organisation = org));
    }
    if let Some(made) = &plan.made {
        cover.push(t!(data, "report-cover-made", date = date_text(data, made)));
    }
    cover.push(catalog_line(data, plan));
    let mut blocks = Vec::new();
    summary(&mut blocks, data, plan);
    action_list(&mut blocks, data, plan);
    if !plan.summary.vendors.is_empty() {
        registers(&mut blocks, data, plan);
        dpia(&mut blocks, data, plan);
        rest(&mut blocks, data, plan);
    }
    Report {
        title: t!(data, "report-title"),
        cover,
        disclaimer: disclaimer(data),
        lang: data.lang().to_owned(),
        contents: t!(data, "report-contents"),
        blocks,
    }
}

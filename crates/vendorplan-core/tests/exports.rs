//! Every export of a 30-vendor plan, read back by an independent parser: CSV by the `csv`
//! crate, the calendar by the `icalendar` crate, the PDF by poppler's `pdftotext`, the Word file
//! unzipped, JSON through the importer. The visitor's own text is hostile throughout.

mod common;

use std::process::Command;

use vendorplan_core::answers::AnswersFile;
use vendorplan_core::engine::build_plan;
use vendorplan_core::export::{self, Day};
use vendorplan_core::plan::Plan;
use vendorplan_core::report;
use vendorplan_core::{dataset, Answers};

const ORG: &str = "<img src=x onerror=alert(1)> =cmd|'/C calc'!A0; Acme, \"Ltd\" \\ Łódź";
const NOTE: &str =
    "=HYPERLINK(\"http://evil.example\") <script>alert('n')</script> **x** [y](javascript:z)";

fn made() -> Day {
    Day::parse("2026-11-25").unwrap()
}

/// Thirty vendors spread over the catalog, every question answered, hostile text typed in.
fn answers() -> Answers {
    let data = dataset();
    let step = data.vendors.len() / 30;
    let ids: Vec<&str> = data
        .vendors
        .iter()
        .step_by(step)
        .take(30)
        .map(|v| v.id.as_str())
        .collect();
    let mut a = common::answer_everything(data, &ids);
    a.organisation = ORG.into();
    let plan = build_plan(data, &a);
    for action in plan.actions.iter().step_by(3) {
        a.notes.insert(action.id.clone(), NOTE.into());
    }
    if let Some(first) = plan.actions.first() {
        a.done.insert(first.id.clone());
    }
    a
}

fn plan() -> Plan {
    let mut plan = build_plan(dataset(), &answers());
    plan.made = Some(made().to_string());
    plan
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_plan_has_thirty_vendors_and_actions_with_notes() {
    let plan = plan();
    assert_eq!(plan.summary.vendors.len(), 30);
    assert!(plan.actions.len() > 30);
    assert!(!plan.answers.notes.is_empty());
}

#[test]
fn json_round_trips_byte_for_byte() {
    let plan = plan();
    let first = export::json(&plan);
    let imported = AnswersFile::parse(&first, dataset()).expect("our own file imports");
    let mut again = build_plan(dataset(), &imported);
    again.made = plan.made.clone();
    assert_eq!(export::json(&again), first);
    assert_eq!(imported.organisation, ORG);
}

#[test]
fn markdown_escapes_what_the_visitor_typed() {
    let plan = plan();
    let md = export::markdown(dataset(), &plan);
    // The only raw `<` left are autolinks to web pages: all else is escaped as `\<`.
    let mut rest = md.replace("\\<", "");
    for scheme in ["<https://", "<http://"] {
        rest = rest.replace(scheme, "");
    }
    assert!(!rest.contains('<'), "markup survived");
    assert!(md.contains(&vendorplan_document::markdown::escape(ORG)));
    assert!(md.contains("Made on 2026-11-25"));
    assert!(md.contains(&format!("catalog {}", plan.catalog.version)));
    assert!(md.contains("not legal advice"));
    for a in &plan.actions {
        let title = vendorplan_document::markdown::escape(&a.title);
        assert!(md.contains(&format!("**{title}**")), "{}", a.title);
    }
    assert!(md.contains("- [x] "), "the done action is ticked");
}

#[test]
fn html_is_self_contained_and_runs_nothing() {
    let plan = plan();
    let html = export::html(dataset(), &plan);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert!(
        !html.contains("href=\"javascript:"),
        "unsafe links are not links"
    );
    assert!(html.contains(&vendorplan_document::html::escape(ORG)));
    assert!(
        !html.contains("src=\"http") && !html.contains("<link"),
        "no outside resources"
    );
    for a in &plan.actions {
        assert!(
            html.contains(&vendorplan_document::html::escape(&a.title)),
            "{}",
            a.title
        );
    }
    // Every chapter is in the table of contents and can be jumped to.
    assert!(html.matches("<li><a href=\"#h-").count() >= 6);
}

#[test]
fn every_csv_parses_back_with_its_header_and_rows() {
    let data = dataset();
    let plan = plan();
    let tables = report::tables(data, &plan);
    assert_eq!(
        tables.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        report::TABLES
    );
    for t in &tables {
        assert_eq!(
            report::table(data, &plan, &t.id).as_ref(),
            Some(t),
            "one register alone"
        );
    }
    assert_eq!(report::table(data, &plan, "nope"), None);
    let expected_rows = [
        plan.records_of_processing.len(),
        plan.processors.len(),
        plan.transfers.len(),
        plan.cookies.len(),
        plan.security.len(),
        plan.actions.len(),
    ];
    for (table, rows) in tables.iter().zip(expected_rows) {
        let text = export::csv(data, &plan, table);
        let body = text
            .strip_prefix('\u{feff}')
            .expect("a byte-order mark for Excel");
        assert!(body.contains("\r\n"), "RFC 4180 line ends");
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, table.headers, "{}", table.id);
        let mut records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        // The last two rows are an empty one and the note on where the file comes from.
        let note = records.pop().unwrap();
        assert!(
            note[0].starts_with("Made on 2026-11-25 with Vendorplan catalog"),
            "{note:?}"
        );
        assert!(note[0].contains("not legal advice"));
        assert!(records.pop().unwrap().iter().all(str::is_empty));
        assert_eq!(records.len(), rows, "{}", table.id);
        for r in &records {
            assert_eq!(r.len(), header.len());
            for cell in r {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{}: a formula survived: {cell}",
                    table.id
                );
            }
        }
    }
    let actions = export::csv(data, &plan, tables.last().unwrap());
    let mut reader = csv::Reader::from_reader(actions.trim_start_matches('\u{feff}').as_bytes());
    let notes: Vec<String> = reader
        .records()
        .map(|r| r.unwrap().get(11).unwrap_or_default().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    assert!(!notes.is_empty());
    assert!(notes.iter().all(|n| n == &format!("'{NOTE}")), "{notes:?}");
}

#[test]
fn the_calendar_parses_and_holds_the_review_reminders() {
    let data = dataset();
    let plan = plan();
    let ics = export::ics(data, &plan, made());
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded: {line}");
    }
    let calendar: icalendar::Calendar = ics.parse().expect("RFC 5545");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    let tia = plan.transfers.iter().filter(|t| t.tia_required).count();
    assert_eq!(events.len(), 2 + plan.processors.len() + tia);
    use icalendar::Component;
    let mut uids = std::collections::BTreeSet::new();
    for e in &events {
        assert!(uids.insert(e.get_uid().unwrap().to_owned()), "unique ids");
        assert!(e.property_value("RRULE").is_some());
        assert!(e.get_summary().is_some());
        assert!(e.get_description().unwrap().contains("not legal advice"));
    }
    let review = events
        .iter()
        .find(|e| e.get_uid().unwrap().ends_with("plan-review@vendorplan"))
        .unwrap();
    assert_eq!(
        review.property_value("DTSTART"),
        Some("20271125"),
        "a year after the plan"
    );
    for p in &plan.processors {
        assert!(events
            .iter()
            .any(|e| e.get_uid().unwrap().contains(&format!("dpa-{}@", p.vendor))));
    }
}

fn pdftotext(pdf: &[u8], name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-raw"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext from poppler-utils (cargo xtask setup installs it)");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_pdf_holds_every_action_title_and_the_visitors_text_as_text() {
    let plan = plan();
    let text = words(&pdftotext(&export::pdf(dataset(), &plan), "plan.pdf"));
    for a in &plan.actions {
        assert!(text.contains(&words(&a.title)), "{}", a.title);
    }
    // The font covers Latin; what it lacks shows as "?", so compare the Latin part.
    assert!(text.contains(&words(ORG)), "{ORG}");
    assert!(text.contains(&words(NOTE)));
    assert!(text.contains("Made on 2026-11-25"));
    assert!(text.contains("not legal advice"));
    for t in [
        "Record of processing activities (Art. 30)",
        "Transfers outside the EEA",
    ] {
        assert!(text.contains(t), "{t}");
    }
}

#[test]
fn file_names_say_whose_plan_and_when() {
    let plan = plan();
    let name = export::file_name(&plan.answers.organisation, "gdpr plan", made(), "pdf");
    assert_eq!(
        name,
        "img-src-x-onerror-alert-1-cmd-c-calc-a0-acme-ltd-łódź-gdpr-plan-2026-11-25.pdf"
    );
}

#[test]
fn the_word_file_has_headings_tables_and_every_action() {
    let plan = plan();
    let docx = export::docx(dataset(), &plan);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip file");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let paragraph_text = |p: roxmltree::Node| -> String {
        p.descendants()
            .filter(|n| n.has_tag_name((w, "t")))
            .filter_map(|n| n.text())
            .collect()
    };
    let styled = |style: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name((w, "p")))
            .filter(|p| {
                p.descendants().any(|n| {
                    n.has_tag_name((w, "pStyle")) && n.attribute((w, "val")) == Some(style)
                })
            })
            .map(paragraph_text)
            .collect()
    };
    let chapters = styled("Heading1");
    for chapter in ["Summary", "Actions", "Registers", "Legal references"] {
        assert!(
            chapters.iter().any(|c| c == chapter),
            "{chapter} in {chapters:?}"
        );
    }
    let all: String = doc
        .descendants()
        .filter(|n| n.has_tag_name((w, "t")))
        .filter_map(|n| n.text())
        .collect();
    for a in &plan.actions {
        assert!(all.contains(&a.title), "{}", a.title);
    }
    assert!(
        all.contains(ORG) && all.contains(NOTE),
        "typed text comes back as text"
    );
    let tables = doc
        .descendants()
        .filter(|n| n.has_tag_name((w, "tbl")))
        .count();
    assert!(tables >= 5, "{tables} tables");
}

#[test]
fn every_export_speaks_the_plans_language() {
    use vendorplan_core::catalog::dataset_in;
    for (lang, regulation, made_on) in [
        ("en", "GDPR", "2026-11-25"),
        ("de", "DSGVO", "25.11.2026"),
        ("fr", "RGPD", "25/11/2026"),
    ] {
        let data = dataset_in(lang);
        assert_eq!(data.lang(), lang);
        let mut plan = build_plan(data, &answers());
        plan.made = Some(made().to_string());
        let md = export::markdown(data, &plan);
        assert!(md.contains(regulation), "{lang}: {regulation}");
        assert!(md.contains(made_on), "{lang}: {made_on}");
        let mut outputs = vec![
            ("md", md),
            ("html", export::html(data, &plan)),
            ("ics", export::ics(data, &plan, made())),
            (
                "pdf",
                pdftotext(&export::pdf(data, &plan), &format!("plan-{lang}.pdf")),
            ),
        ];
        for table in report::TABLES {
            let bytes = export::file(data, &plan, export::Format::Csv, made(), table).unwrap();
            outputs.push(("csv", String::from_utf8(bytes).unwrap()));
            let title = report::table_title(data, table).unwrap();
            outputs.push(("table title", title));
        }
        let docx = export::docx(data, &plan);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip file");
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        outputs.push(("docx", xml));
        assert_eq!(report::report(data, &plan).lang, lang);
        let bad = r#"{"format":"vendorplan-answers","version":1,"vendors":["jumpclod"],
            "answers":{"works_council":"maybe","nope":"yes","country":"XX"}}"#;
        let errors = AnswersFile::parse(bad, data).unwrap_err();
        outputs.extend(errors.iter().map(|e| ("import error", e.describe(data))));
        let link = vendorplan_core::share::decode("#a=$", data).unwrap_err();
        outputs.extend(link.iter().map(|e| ("share link error", e.describe(data))));
        let found = vendorplan_core::detect::detect(data, "https://console.jumpcloud.com/");
        outputs.extend(
            found
                .iter()
                .flat_map(|f| &f.evidence)
                .map(|e| ("evidence", e.describe(data))),
        );
        for (format, text) in &outputs {
            assert!(
                !text.contains(vendorplan_data::i18n::MISSING),
                "{lang} {format}: a message is missing near {:?}",
                text.find(vendorplan_data::i18n::MISSING)
                    .map(|i| &text[i..text.len().min(i + 60)])
            );
        }
        for format in [
            export::Format::Pdf,
            export::Format::Ics,
            export::Format::Csv,
        ] {
            let name = export::download_name(data, "Acme", format, "transfers", made());
            assert!(
                name.starts_with("acme-") && name.contains("-2026-11-25."),
                "{name}"
            );
            assert!(!name.contains(vendorplan_data::i18n::MISSING), "{name}");
        }
    }
}

#[test]
fn download_names_follow_the_language() {
    use vendorplan_core::catalog::dataset_in;
    let made = made();
    let en = dataset_in("en");
    assert_eq!(
        export::download_name(en, "Acme", export::Format::Pdf, "", made),
        "acme-gdpr-plan-2026-11-25.pdf"
    );
    assert_eq!(
        export::download_name(en, "", export::Format::Csv, "records-of-processing", made),
        "vendorplan-records-of-processing-2026-11-25.csv"
    );
    assert_eq!(
        export::download_name(dataset_in("de"), "Acme", export::Format::Pdf, "", made),
        "acme-dsgvo-plan-2026-11-25.pdf"
    );
    assert_eq!(
        export::download_name(dataset_in("fr"), "Acme", export::Format::Ics, "", made),
        "acme-revues-rgpd-2026-11-25.ics"
    );
}

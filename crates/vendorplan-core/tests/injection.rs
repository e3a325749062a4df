//! Every known injection payload of `tests/hostile/payloads.toml`, typed as the organisation
//! name and as a note on every action, through every file Vendorplan writes and reads. Each file
//! is read back by an independent parser and compared with the same plan made with a harmless
//! text in the same places: the payload may change the text, never the structure (no new
//! element, Markdown block, link, CSV row or cell, calendar event or property, XML element).
//! The browser side, the page itself, is `tests/e2e/injection.rs`.

mod common;

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser};
use vendorplan_core::answers::AnswersFile;
use vendorplan_core::engine::build_plan;
use vendorplan_core::export::{self, Day};
use vendorplan_core::plan::Plan;
use vendorplan_core::{dataset, report, share, Answers};

#[derive(serde::Deserialize)]
struct Payloads {
    payload: Vec<Payload>,
}

#[derive(serde::Deserialize)]
struct Payload {
    target: String,
    text: String,
}

fn payloads() -> Vec<Payload> {
    let path = common::root().join("tests/hostile/payloads.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let list: Payloads = toml::from_str(&text).unwrap();
    assert!(list.payload.len() >= 50, "the whole list is read");
    list.payload
}

/// A text with nothing any format treats specially, of a length no line breaking depends on.
const HARMLESS: &str = "Harmless";

/// A plan whose visitor typed `text` as the organisation and as the note of every action.
fn plan_with(text: &str) -> Plan {
    let data = dataset();
    let mut answers: Answers =
        common::answer_everything(data, &["google-analytics", "stripe", "jumpcloud", "hotjar"]);
    answers.organisation = text.to_owned();
    let actions = build_plan(data, &answers).actions;
    answers.notes = actions
        .iter()
        .map(|a| (a.id.clone(), text.to_owned()))
        .collect::<BTreeMap<_, _>>();
    let mut plan = build_plan(data, &answers);
    plan.made = Some("2026-11-25".into());
    plan
}

/// Markdown as a CommonMark reader sees it: the blocks and inlines, and all the text.
fn markdown_shape(md: &str) -> (Vec<String>, String) {
    let mut shape = Vec::new();
    let mut text = String::new();
    for event in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::Html(h) | Event::InlineHtml(h) => shape.push(format!("html {h}")),
            Event::Start(tag) => shape.push(format!("{tag:?}")),
            Event::End(tag) => shape.push(format!("end {tag:?}")),
            other => shape.push(format!("{other:?}")),
        }
    }
    (shape, text)
}

/// Fails with the first place where two shapes part, not with both whole.
fn assert_same_shape(shape: &[String], expected: &[String], what: &str) {
    if let Some(at) =
        (0..shape.len().max(expected.len())).find(|&i| shape.get(i) != expected.get(i))
    {
        let around =
            |s: &[String]| s[at.saturating_sub(8).min(s.len())..(at + 8).min(s.len())].join(" ");
        panic!(
            "{what}: at {at}, {}\ninstead of {}",
            around(shape),
            around(expected)
        );
    }
}

/// The element tree of an XML document, by name, and its text.
fn xml_shape(xml: &str) -> (Vec<String>, String) {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let mut shape = Vec::new();
    let mut text = String::new();
    for node in doc.descendants() {
        // A line break or tab the visitor typed is an element inside the run of their text,
        // and the text after it another piece of the same run.
        let typed = |n: roxmltree::Node| ["br", "tab"].contains(&n.tag_name().name());
        let after_typed = node.prev_sibling_element().is_some_and(typed);
        if node.is_element() && typed(node) {
            text.push(if node.tag_name().name() == "br" {
                '\n'
            } else {
                '\t'
            });
        } else if node.is_element() && after_typed {
        } else if node.is_element() {
            shape.push(node.tag_name().name().to_owned());
        } else if let Some(t) = node.text() {
            text.push_str(t);
        }
    }
    (shape, text)
}

fn docx_document(docx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip file");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    xml
}

/// Each CSV table as rows of cells, read by the `csv` crate.
fn csv_tables(plan: &Plan) -> Vec<Vec<Vec<String>>> {
    let data = dataset();
    report::tables(data, plan)
        .iter()
        .map(|table| {
            let text = export::csv(data, plan, table);
            csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect()
        })
        .collect()
}

/// The text a reader gets back where the visitor typed `text`, compared without what formats
/// treat differently: blanks and line breaks (wrapped, joined or kept), and the control
/// characters and non-characters that one format drops and another shows as a space.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|&c| !(c.is_control() || c.is_whitespace() || c == '\u{FFFE}' || c == '\u{FFFF}'))
        .collect()
}

/// Every payload leaves the structure `shape_of` reads (its elements and blocks) as the
/// harmless text leaves it, and its text is in the text `shape_of` reads.
fn assert_structure_kept(format: &str, shape_of: impl Fn(&Plan) -> (Vec<String>, String)) {
    let (harmless, _) = shape_of(&plan_with(HARMLESS));
    for p in payloads() {
        let (shape, text) = shape_of(&plan_with(&p.text));
        let what = format!("{} payload {:?} changed the {format}", p.target, p.text);
        assert_same_shape(&shape, &harmless, &what);
        assert!(
            comparable(&text).contains(&comparable(&p.text)),
            "{:?} is not in the text of the {format}",
            p.text
        );
    }
}

#[test]
fn markdown_keeps_every_payload_as_text() {
    assert_structure_kept("Markdown", |plan| {
        markdown_shape(&export::markdown(dataset(), plan))
    });
}

/// The HTML export with the payload's escaped form put back to the harmless text is the
/// harmless export, byte for byte: the payload reached the file only as escaped text.
#[test]
fn html_keeps_every_payload_as_text() {
    let data = dataset();
    let harmless = export::html(data, &plan_with(HARMLESS));
    let escape = vendorplan_document::html::escape;
    for p in payloads() {
        let html = export::html(data, &plan_with(&p.text));
        let escaped = escape(&p.text);
        assert!(html.contains(&escaped), "{:?} is not in the file", p.text);
        // What is put back must be inert in text and in attribute values alike, whatever the
        // escaping function thinks: no tag or quote, and every `&` an entity.
        assert!(
            !escaped.contains(['<', '>', '"', '\'']),
            "{escaped:?} can open markup"
        );
        assert!(
            escaped
                .match_indices('&')
                .all(|(i, _)| escaped[i..]
                    .find(';')
                    .is_some_and(|end| escaped[i + 1..i + end]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '#'))),
            "{escaped:?} has a bare &"
        );
        // The cover names the organisation without surrounding blanks.
        let back = html
            .replace(&escaped, &escape(HARMLESS))
            .replace(&escape(p.text.trim()), &escape(HARMLESS));
        if let Some(at) = back
            .bytes()
            .zip(harmless.bytes())
            .position(|(a, b)| a != b)
            .map(|byte| back[..byte].chars().count())
        {
            let around = |s: &str| {
                s.chars()
                    .skip(at.saturating_sub(200))
                    .take(300)
                    .collect::<String>()
            };
            panic!(
                "{} payload {:?} changed the HTML:\n{}\ninstead of\n{}",
                p.target,
                p.text,
                around(&back),
                around(&harmless)
            );
        }
        assert_eq!(back.len(), harmless.len(), "{:?} changed the HTML", p.text);
    }
}

#[test]
fn the_word_file_keeps_every_payload_as_text() {
    assert_structure_kept("Word file", |plan| {
        xml_shape(&docx_document(&export::docx(dataset(), plan)))
    });
}

/// Same rows and cells as the harmless plan; where the harmless text was, the payload is, as
/// text: prefixed with `'` when a spreadsheet would take it for a formula.
#[test]
fn csv_keeps_every_payload_in_its_cell_and_never_as_a_formula() {
    let harmless = csv_tables(&plan_with(HARMLESS));
    for p in payloads() {
        let tables = csv_tables(&plan_with(&p.text));
        assert_eq!(tables.len(), harmless.len());
        let mut found = 0;
        for (table, expected) in tables.iter().zip(&harmless) {
            assert_eq!(table.len(), expected.len(), "rows of {:?}", p.text);
            for (row, expected) in table.iter().zip(expected) {
                assert_eq!(row.len(), expected.len(), "cells of {:?}", p.text);
                for (cell, expected) in row.iter().zip(expected) {
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "a formula survived: {cell:?}"
                    );
                    if expected == HARMLESS {
                        let as_text = if p.text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                            format!("'{}", p.text)
                        } else {
                            p.text.clone()
                        };
                        assert_eq!(cell, &as_text);
                        found += 1;
                    }
                }
            }
        }
        assert!(found > 0, "the notes column holds the payload");
    }
}

/// The organisation only reaches the calendar as part of the events' ids; whatever it is, the
/// calendar has the same events and properties.
#[test]
fn the_calendar_keeps_its_events_whatever_the_organisation() {
    let data = dataset();
    let day = Day::parse("2026-11-25").unwrap();
    let shape = |ics: &str| -> Vec<String> {
        let calendar: icalendar::Calendar = ics.parse().expect("RFC 5545");
        calendar
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .map(|e| {
                use icalendar::Component;
                let mut names: Vec<&str> = e.properties().keys().map(String::as_str).collect();
                names.sort_unstable();
                names.join(",")
            })
            .collect()
    };
    let harmless = shape(&export::ics(data, &plan_with(HARMLESS), day));
    for p in payloads() {
        let ics = export::ics(data, &plan_with(&p.text), day);
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(shape(&ics), harmless, "{:?} changed the calendar", p.text);
    }
}

/// The PDF holds the payload as text (as far as its fonts reach) and nothing else: poppler
/// reads it without a complaint, and it has exactly the harmless plan's pages.
#[test]
fn the_pdf_keeps_every_payload_as_text() {
    let data = dataset();
    let pages = |pdf: &[u8]| -> (String, String) {
        let dir = std::env::temp_dir().join(format!("vendorplan-injection-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("plan.pdf");
        std::fs::write(&path, pdf).unwrap();
        let info = std::process::Command::new("pdfinfo")
            .arg(&path)
            .output()
            .expect("pdfinfo from poppler-utils");
        assert!(
            info.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&info.stderr)
        );
        let info = String::from_utf8(info.stdout).unwrap();
        let count = info
            .lines()
            .find(|l| l.starts_with("Pages:"))
            .unwrap()
            .to_owned();
        let text = std::process::Command::new("pdftotext")
            .args(["-raw"])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        assert!(
            text.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&text.stderr)
        );
        (count, String::from_utf8(text.stdout).unwrap())
    };
    let (harmless_pages, _) = pages(&export::pdf(data, &plan_with(HARMLESS)));
    for p in payloads() {
        let (count, text) = pages(&export::pdf(data, &plan_with(&p.text)));
        let text = comparable(&text);
        // Characters outside the embedded fonts come out as `?`; compare what they can show.
        let shown: String = comparable(&p.text)
            .chars()
            .map(|c| if c.is_ascii() { c } else { '?' })
            .collect();
        let text: String = text
            .chars()
            .map(|c| if c.is_ascii() { c } else { '?' })
            .collect();
        assert!(
            text.contains(&shown),
            "{:?} is not in the PDF text: {:?}",
            p.text,
            text.get(text.find("alert").unwrap_or(0).saturating_sub(20)..)
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect::<String>()
        );
        // Delimiters and operators typed as text stay text: they are in the text above, and
        // the document keeps its pages.
        if p.target != "pdf" {
            continue;
        }
        assert_eq!(count, harmless_pages, "{:?} changed the pages", p.text);
    }
}

/// The plan file and a share link bring every payload back exactly.
#[test]
fn the_plan_file_and_the_share_link_bring_every_payload_back() {
    let data = dataset();
    for p in payloads() {
        let plan = plan_with(&p.text);
        let read = AnswersFile::parse(&export::json(&plan), data).expect("our own file");
        assert_eq!(AnswersFile::from(&read), plan.answers, "{:?}", p.text);
        let link = share::encode(&read);
        assert_eq!(share::decode(&link, data).expect("our own link"), read);
    }
}

/// Download names keep letters and digits only, whatever the organisation is called.
#[test]
fn file_names_are_safe_whatever_the_organisation() {
    let day = Day::parse("2026-11-25").unwrap();
    for p in payloads() {
        let name = export::file_name(&p.text, "gdpr-plan", day, "pdf");
        assert!(
            name.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.'),
            "{name:?}"
        );
        assert!(
            !name.starts_with(['.', '-']) && !name.contains(".."),
            "{name:?}"
        );
        assert!(name.ends_with("gdpr-plan-2026-11-25.pdf"), "{name:?}");
    }
}

//! The PDF read back by poppler (`pdftotext`, `pdfinfo`, `pdffonts` from poppler-utils, which
//! `cargo xtask setup` installs): valid, A4, tagged, fonts embedded as subsets, every text there.
#![cfg(feature = "pdf")]

mod common;

use std::path::PathBuf;
use std::process::Command;

fn poppler(tool: &str, args: &[&str], pdf: &PathBuf) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("`{tool}` from poppler-utils is needed (cargo xtask setup installs it): {e}")
        });
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.trim().is_empty(),
        "{tool} complained: {stderr}"
    );
    String::from_utf8(out.stdout).expect("poppler prints UTF-8")
}

fn written(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_is_valid_tagged_a4_with_subset_fonts() {
    let report = common::sample();
    let bytes = vendorplan_document::pdf::render(&report);
    let path = written("sample.pdf", &bytes);
    let info = poppler("pdfinfo", &[], &path);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Page size:       595.28 x 841.89 pts (A4)"),
        "{info}"
    );
    assert!(info.contains("Title:           GDPR plan"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(
        pages >= 6,
        "the long table and checklist break across pages: {pages}"
    );
    let fonts = poppler("pdffonts", &[], &path);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        // name, type, encoding, emb, sub, uni
        assert!(row.contains("+VendorplanSans-"), "a subset tag: {row}");
        assert!(
            row.contains("CID TrueType") && row.contains("yes yes yes"),
            "{row}"
        );
    }
}

#[test]
fn fonts_are_subset_to_the_glyphs_used() {
    let report = vendorplan_document::Report {
        title: "Plan".into(),
        ..Default::default()
    };
    let bytes = vendorplan_document::pdf::render(&report);
    // The two whole fonts alone are 44 KB (28 KB compressed).
    assert!(bytes.len() < 12_000, "{} bytes", bytes.len());
}

#[test]
fn every_text_of_the_report_can_be_extracted() {
    let report = common::sample();
    let path = written("text.pdf", &vendorplan_document::pdf::render(&report));
    let text = poppler("pdftotext", &["-layout"], &path);
    let raw = words(&poppler("pdftotext", &["-raw"], &path));
    assert!(text.contains("Contents"));
    for block in &report.blocks {
        match block {
            vendorplan_document::Block::Heading { text: t, .. } => assert!(raw.contains(t), "{t}"),
            vendorplan_document::Block::Checklist(items) => {
                for item in items {
                    assert!(raw.contains(&words(&item.title)), "{}", item.title);
                }
            }
            _ => {}
        }
    }
    for hostile in common::HOSTILE {
        assert!(raw.contains(&words(hostile)), "{hostile} in\n{raw}");
    }
    let total = poppler("pdfinfo", &[], &path)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().to_owned()))
        .unwrap();
    assert!(
        raw.contains(&format!("2 / {total}")),
        "page numbers in the footer"
    );
    // The table's header is repeated on the pages it continues on.
    assert!(text.matches("Destinations").count() >= 2);
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    let report = common::sample();
    assert_eq!(
        vendorplan_document::pdf::render(&report),
        vendorplan_document::pdf::render(&report)
    );
}

#[test]
fn an_empty_report_is_still_a_document() {
    let path = written(
        "empty.pdf",
        &vendorplan_document::pdf::render(&vendorplan_document::Report::default()),
    );
    let info = poppler("pdfinfo", &[], &path);
    assert!(
        info.contains("Pages:           2"),
        "cover and contents: {info}"
    );
}

#[test]
fn the_structure_tree_reads_as_the_report() {
    let report = common::sample();
    let path = written("struct.pdf", &vendorplan_document::pdf::render(&report));
    let tree = poppler("pdfinfo", &["-struct-text"], &path);
    // Reading order: the cover's title, then the contents, then the chapters.
    let title = tree
        .find("H1 (block)\n      \"GDPR plan\"")
        .expect("the cover title is a heading");
    let contents = tree.find("\"Contents\"").expect("the contents heading");
    let summary = tree
        .find("H1 (block)\n      \"Summary\"")
        .expect("the first chapter");
    assert!(title < contents && contents < summary, "{tree}");
    assert!(tree.contains("TOCI"));
    assert!(
        tree.contains("H2 (block)\n      \"Open actions\""),
        "{tree}"
    );
    for header in ["Vendor", "Destinations", "Mechanism"] {
        assert!(
            tree.contains(&format!("TH\n          \"{header}\"")),
            "{header}"
        );
    }
    assert!(
        tree.matches("\n      TR\n").count() >= 121,
        "a row element per table row"
    );
    assert!(tree.contains("LI") && tree.contains("LBody") && tree.contains("Lbl"));
    // Page furniture (footers, dot leaders, rules) is not in the tree.
    let page_number = |line: &str| {
        let inner = line.trim().trim_matches('"');
        inner
            .split_once(" / ")
            .is_some_and(|(a, b)| a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
    };
    assert!(
        !tree.lines().any(page_number),
        "no page numbers in the tree"
    );
    assert!(!tree.contains("GDPR plan · "), "no footers in the tree");
}

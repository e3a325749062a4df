//! The .docx read back with independent tools: the `zip` crate unpacks it (checking every
//! CRC), roxmltree parses every XML part, and LibreOffice, where installed, converts it.
#![cfg(feature = "docx")]

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

use roxmltree::{Document, Node};
use vendorplan_document::{docx, Block, Cell, CheckItem, Inline, Report, Table};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Every part by name, in archive order, each read to its end so its CRC is checked.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a ZIP archive");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("an entry");
            let name = file.name().expect("a UTF-8 name").to_string();
            let mut text = String::new();
            file.read_to_string(&mut text)
                .unwrap_or_else(|e| panic!("{name} reads back: {e}"));
            (name, text)
        })
        .collect()
}

/// The parts, after checking that each XML part is well-formed.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let parts = unzip(bytes);
    assert_eq!(parts[0].0, "[Content_Types].xml");
    for (name, text) in &parts {
        if let Err(e) = Document::parse(text) {
            panic!("{name} is not well-formed XML: {e}\n{text}");
        }
    }
    parts.into_iter().collect()
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(W) && node.tag_name().name() == name
}

fn w_val<'a>(node: &Node<'a, '_>) -> Option<&'a str> {
    node.attribute((W, "val"))
}

fn paragraphs<'a, 'i>(doc: &'a Document<'i>) -> Vec<Node<'a, 'i>> {
    doc.descendants().filter(|n| is(n, "p")).collect()
}

fn style<'a>(p: &Node<'a, '_>) -> Option<&'a str> {
    p.descendants()
        .find(|n| is(n, "pStyle"))
        .and_then(|n| w_val(&n))
}

/// A paragraph's text as Word shows it: its runs' text, with breaks as newlines.
fn text(p: &Node) -> String {
    p.descendants()
        .filter_map(|n| {
            if is(&n, "t") {
                n.text().map(str::to_owned).or(Some(String::new()))
            } else if is(&n, "br") {
                Some("\n".into())
            } else {
                None
            }
        })
        .collect()
}

fn texts_with_style(doc: &Document, wanted: &str) -> Vec<String> {
    paragraphs(doc)
        .iter()
        .filter(|p| style(p) == Some(wanted))
        .map(text)
        .collect()
}

/// The external link targets of the document's relationships, by id.
fn link_targets(rels: &str) -> BTreeMap<String, String> {
    let doc = Document::parse(rels).expect("relationships parse");
    doc.descendants()
        .filter(|n| n.attribute("TargetMode") == Some("External"))
        .map(|n| {
            assert!(n
                .attribute("Type")
                .is_some_and(|t| t.ends_with("/hyperlink")));
            (
                n.attribute("Id").unwrap_or_default().to_owned(),
                n.attribute("Target").unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn sample() -> Report {
    Report {
        title: "Vendor plan for Example Ltd".into(),
        cover: vec!["Example Ltd".into(), "Catalog 2026-11".into()],
        disclaimer: "Guidance, not legal advice.".into(),
        lang: "en".into(),
        contents: "Contents".into(),
        blocks: vec![
            Block::Heading {
                level: 1,
                text: "Summary".into(),
            },
            Block::Paragraph(vec![
                Inline::Text("You use ".into()),
                Inline::Strong("three services".into()),
                Inline::Text(", see ".into()),
                Inline::Link {
                    text: "the policy".into(),
                    url: "https://example.com/privacy".into(),
                },
                Inline::Text(".".into()),
            ]),
            Block::Heading {
                level: 2,
                text: "What to do".into(),
            },
            Block::Bullets(vec![
                vec![Inline::Text("Sign the DPA".into())],
                vec![
                    Inline::Strong("Update".into()),
                    Inline::Text(" the notice".into()),
                ],
            ]),
            Block::Checklist(vec![
                CheckItem {
                    done: true,
                    title: "Sign the DPA".into(),
                    lines: vec![vec![Inline::Text("Done in March.".into())]],
                },
                CheckItem {
                    done: false,
                    title: "List the cookies".into(),
                    lines: vec![
                        vec![Inline::Text("In the cookie notice.".into())],
                        vec![Inline::Text("Line two\nwith a break.".into())],
                    ],
                },
            ]),
            Block::Heading {
                level: 1,
                text: "Transfers".into(),
            },
            Block::Heading {
                level: 2,
                text: "Outside the EEA".into(),
            },
            Block::Heading {
                level: 3,
                text: "Details".into(),
            },
            Block::Table(Table {
                id: "transfers".into(),
                headers: vec!["Service".into(), "Country".into(), "Terms".into()],
                widths: vec![2, 1, 3],
                rows: vec![
                    vec![
                        Cell::text("Analytics"),
                        Cell::text("US"),
                        Cell::link("DPA", "https://example.com/dpa"),
                    ],
                    vec![Cell::text("Mail"), Cell::text("IE"), Cell::text("SCCs")],
                ],
            }),
        ],
    }
}

#[test]
fn the_sample_reads_back_as_a_word_document() {
    let bytes = docx::render(&sample());
    let parts = parts(&bytes);
    for name in [
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/numbering.xml",
        "word/footer1.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        assert!(parts.contains_key(name), "missing {name}");
    }
    let doc = Document::parse(&parts["word/document.xml"]).unwrap();

    assert_eq!(
        texts_with_style(&doc, "Title"),
        ["Vendor plan for Example Ltd"]
    );
    assert_eq!(
        texts_with_style(&doc, "Subtitle"),
        ["Example Ltd", "Catalog 2026-11"]
    );
    assert_eq!(texts_with_style(&doc, "Heading1"), ["Summary", "Transfers"]);
    assert_eq!(
        texts_with_style(&doc, "Heading2"),
        ["What to do", "Outside the EEA"]
    );
    assert_eq!(texts_with_style(&doc, "Heading3"), ["Details"]);

    // The table of contents is a dirty TOC field.
    let instr: String = doc
        .descendants()
        .filter(|n| is(n, "instrText"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(instr.trim(), "TOC \\o \"1-2\" \\h");
    assert!(doc
        .descendants()
        .any(|n| is(&n, "fldChar") && n.attribute((W, "dirty")) == Some("true")));

    // Strong text is bold.
    let paragraph = paragraphs(&doc)
        .into_iter()
        .find(|p| text(p).starts_with("You use"))
        .expect("the paragraph");
    assert_eq!(text(&paragraph), "You use three services, see the policy.");
    let bold: Vec<String> = paragraph
        .descendants()
        .filter(|r| is(r, "r") && r.descendants().any(|n| is(&n, "b")))
        .map(|r| text(&r))
        .collect();
    assert_eq!(bold, ["three services"]);

    // Links point through relationships at their targets.
    let targets = link_targets(&parts["word/_rels/document.xml.rels"]);
    let linked: BTreeMap<String, String> = doc
        .descendants()
        .filter(|n| is(n, "hyperlink"))
        .map(|h| {
            let id = h.attribute((R, "id")).expect("a relationship id");
            (text(&h), targets[id].clone())
        })
        .collect();
    assert_eq!(
        linked,
        BTreeMap::from([
            ("the policy".into(), "https://example.com/privacy".into()),
            ("DPA".into(), "https://example.com/dpa".into()),
        ])
    );

    // Bullets are numbered-list paragraphs whose list is a bullet "•".
    let bullets: Vec<Node> = paragraphs(&doc)
        .into_iter()
        .filter(|p| {
            p.descendants()
                .any(|n| is(&n, "numId") && w_val(&n) == Some("1"))
        })
        .collect();
    assert_eq!(
        bullets.iter().map(text).collect::<Vec<_>>(),
        ["Sign the DPA", "Update the notice"]
    );
    let numbering = Document::parse(&parts["word/numbering.xml"]).unwrap();
    let num = numbering
        .descendants()
        .find(|n| is(n, "num") && n.attribute((W, "numId")) == Some("1"))
        .unwrap();
    let abstract_id = num
        .descendants()
        .find(|n| is(n, "abstractNumId"))
        .and_then(|n| w_val(&n))
        .unwrap();
    let level = numbering
        .descendants()
        .find(|n| is(n, "abstractNum") && n.attribute((W, "abstractNumId")) == Some(abstract_id))
        .unwrap();
    assert!(level
        .descendants()
        .any(|n| is(&n, "numFmt") && w_val(&n) == Some("bullet")));
    assert!(level
        .descendants()
        .any(|n| is(&n, "lvlText") && w_val(&n) == Some("•")));

    // Checklist: the mark, the bold title, then indented lines.
    let all: Vec<Node> = paragraphs(&doc);
    let done = all
        .iter()
        .position(|p| text(p) == "☒ Sign the DPA")
        .expect("the done item");
    let open = all
        .iter()
        .position(|p| text(p) == "☐ List the cookies")
        .expect("the open item");
    for (at, lines) in [
        (done, &["Done in March."][..]),
        (
            open,
            &["In the cookie notice.", "Line two\nwith a break."][..],
        ),
    ] {
        let title = all[at].descendants().rfind(|r| is(r, "r")).unwrap();
        assert!(
            title.descendants().any(|n| is(&n, "b")),
            "the title is bold"
        );
        for (i, line) in lines.iter().enumerate() {
            let p = &all[at + 1 + i];
            assert_eq!(text(p), *line);
            let ind = p.descendants().find(|n| is(n, "ind")).expect("indented");
            assert_eq!(ind.attribute((W, "left")), Some("720"));
        }
    }

    // The table: full width, three proportional columns, a repeating bold header.
    let tables: Vec<Node> = doc.descendants().filter(|n| is(n, "tbl")).collect();
    assert_eq!(tables.len(), 1);
    let table = tables[0];
    assert!(table
        .descendants()
        .any(|n| is(&n, "tblStyle") && w_val(&n) == Some("TableGrid")));
    let width = table.descendants().find(|n| is(n, "tblW")).unwrap();
    assert_eq!(
        (width.attribute((W, "w")), width.attribute((W, "type"))),
        (Some("5000"), Some("pct"))
    );
    let grid: Vec<u32> = table
        .descendants()
        .filter(|n| is(n, "gridCol"))
        .map(|n| n.attribute((W, "w")).unwrap().parse().unwrap())
        .collect();
    assert_eq!(grid.len(), 3);
    // Proportional to 2:1:3 give or take the rounding to whole twips, and filling the text width.
    let unit = f64::from(grid.iter().sum::<u32>()) / 6.0;
    for (col, weight) in grid.iter().zip([2.0, 1.0, 3.0]) {
        assert!((f64::from(*col) - weight * unit).abs() < 2.0, "{grid:?}");
    }
    assert!(
        (9636..=9638).contains(&grid.iter().sum::<u32>()),
        "{grid:?}"
    );
    let rows: Vec<Node> = table.children().filter(|n| is(n, "tr")).collect();
    assert_eq!(rows.len(), 3);
    let cells = |row: &Node| {
        row.children()
            .filter(|n| is(n, "tc"))
            .map(|c| text(&c))
            .collect::<Vec<_>>()
    };
    assert_eq!(cells(&rows[0]), ["Service", "Country", "Terms"]);
    assert_eq!(cells(&rows[1]), ["Analytics", "US", "DPA"]);
    assert_eq!(cells(&rows[2]), ["Mail", "IE", "SCCs"]);
    assert!(rows[0].descendants().any(|n| is(&n, "tblHeader")));
    assert!(!rows[1].descendants().any(|n| is(&n, "tblHeader")));
    assert!(rows[0]
        .descendants()
        .filter(|n| is(n, "r"))
        .all(|r| r.descendants().any(|n| is(&n, "b"))));
    assert!(rows[1].descendants().any(|n| is(&n, "hyperlink")));

    // A4 with 2 cm margins, and the footer with a page number.
    let size = doc.descendants().find(|n| is(n, "pgSz")).unwrap();
    assert_eq!(
        (size.attribute((W, "w")), size.attribute((W, "h"))),
        (Some("11906"), Some("16838"))
    );
    let margins = doc.descendants().find(|n| is(n, "pgMar")).unwrap();
    for side in ["top", "right", "bottom", "left"] {
        assert_eq!(margins.attribute((W, side)), Some("1134"));
    }
    let footer = Document::parse(&parts["word/footer1.xml"]).unwrap();
    assert!(text(&footer.root_element()).starts_with("Guidance, not legal advice."));
    assert!(footer
        .descendants()
        .any(|n| is(&n, "fldSimple") && n.attribute((W, "instr")) == Some(" PAGE ")));

    // Real heading styles: named, with outline levels; chapters start a page.
    let styles = Document::parse(&parts["word/styles.xml"]).unwrap();
    let style_def = |id: &str| {
        styles
            .descendants()
            .find(|n| is(n, "style") && n.attribute((W, "styleId")) == Some(id))
            .unwrap_or_else(|| panic!("style {id}"))
    };
    for (level, id) in ["Heading1", "Heading2", "Heading3", "Heading4"]
        .iter()
        .enumerate()
    {
        let s = style_def(id);
        let name = s.children().find(|n| is(n, "name")).and_then(|n| w_val(&n));
        assert_eq!(name, Some(format!("heading {}", level + 1).as_str()));
        let outline = s
            .descendants()
            .find(|n| is(n, "outlineLvl"))
            .and_then(|n| w_val(&n));
        assert_eq!(outline, Some(level.to_string().as_str()));
    }
    assert!(style_def("Heading1")
        .descendants()
        .any(|n| is(&n, "pageBreakBefore")));
    for id in ["Normal", "Title", "TableGrid", "Hyperlink", "ListBullet"] {
        style_def(id);
    }

    // Metadata.
    let core = Document::parse(&parts["docProps/core.xml"]).unwrap();
    let dc = |name: &str| {
        core.descendants()
            .find(|n| {
                n.tag_name().name() == name
                    && n.tag_name().namespace() == Some("http://purl.org/dc/elements/1.1/")
            })
            .and_then(|n| n.text())
            .map(str::to_owned)
    };
    assert_eq!(dc("title").as_deref(), Some("Vendor plan for Example Ltd"));
    assert_eq!(dc("language").as_deref(), Some("en"));

    // Every part the package names has a content type.
    let types = &parts["[Content_Types].xml"];
    for name in parts
        .keys()
        .filter(|n| !n.ends_with(".rels") && n.as_str() != "[Content_Types].xml")
    {
        assert!(
            types.contains(&format!("PartName=\"/{name}\"")),
            "{name} has no content type"
        );
    }
}

const HOSTILE: &str = "<w:p>]]>&amp;\"' \u{0}\u{1b}=cmd|' /C calc'!A0";

/// What survives of a string: everything but the characters XML cannot hold.
fn survives(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

fn hostile() -> Report {
    let h = |label: &str| format!("{label} {HOSTILE}");
    Report {
        title: h("title"),
        cover: vec![h("cover")],
        disclaimer: h("disclaimer"),
        lang: "en\"><x".into(),
        contents: "Contents".into(),
        blocks: vec![
            Block::Heading {
                level: 1,
                text: h("heading"),
            },
            Block::Paragraph(vec![
                Inline::Text(h("paragraph")),
                Inline::Link {
                    text: "click".into(),
                    url: "javascript:alert(1)".into(),
                },
                Inline::Link {
                    text: h("link"),
                    url: "https://a.example/a b?q=\"<w:p>'".into(),
                },
            ]),
            Block::Checklist(vec![CheckItem {
                done: false,
                title: h("check"),
                lines: vec![vec![Inline::Text(h("line"))]],
            }]),
            Block::Table(Table {
                id: "t".into(),
                headers: vec![h("header")],
                widths: vec![1],
                rows: vec![
                    vec![Cell::text(h("cell"))],
                    vec![Cell::link("js", " JavaScript:alert(1)")],
                ],
            }),
        ],
    }
}

#[test]
fn hostile_strings_come_out_as_text() {
    let report = hostile();
    let parts = parts(&docx::render(&report));
    let doc = Document::parse(&parts["word/document.xml"]).unwrap();
    let texts: Vec<String> = paragraphs(&doc).iter().map(text).collect();
    let expect = |label: &str| survives(&format!("{label} {HOSTILE}"));

    assert!(texts.contains(&expect("title")));
    assert!(texts.contains(&expect("cover")));
    assert!(texts.contains(&expect("disclaimer")));
    assert!(texts.contains(&expect("heading")));
    assert!(texts.contains(&format!("☐ {}", expect("check"))));
    assert!(texts.contains(&expect("line")));
    assert!(texts.contains(&expect("header")));
    assert!(texts.contains(&expect("cell")));
    assert!(
        texts.contains(&"js ( JavaScript:alert(1))".to_owned()),
        "{texts:?}"
    );
    assert!(texts.contains(&format!(
        "{}click (javascript:alert(1)){}",
        expect("paragraph"),
        expect("link")
    )));

    // The markup in the text made no elements of its own.
    assert_eq!(doc.descendants().filter(|n| is(n, "tbl")).count(), 1);
    assert!(doc
        .descendants()
        .all(|n| !n.is_element() || n.tag_name().namespace() == Some(W)));

    // Only the web link got a relationship, as a well-formed URI.
    let targets = link_targets(&parts["word/_rels/document.xml.rels"]);
    assert_eq!(
        targets.values().collect::<Vec<_>>(),
        ["https://a.example/a%20b?q=%22%3Cw:p%3E'"]
    );
    assert!(targets
        .values()
        .all(|t| !t.to_ascii_lowercase().contains("javascript")));

    let core = Document::parse(&parts["docProps/core.xml"]).unwrap();
    let title = core
        .descendants()
        .find(|n| n.tag_name().name() == "title")
        .and_then(|n| n.text());
    assert_eq!(title, Some(expect("title").as_str()));
    let language = core
        .descendants()
        .find(|n| n.tag_name().name() == "language")
        .and_then(|n| n.text());
    assert_eq!(language, Some("en\"><x"));
    let footer = Document::parse(&parts["word/footer1.xml"]).unwrap();
    assert!(text(&footer.root_element()).starts_with(&expect("disclaimer")));
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    assert_eq!(docx::render(&sample()), docx::render(&sample()));
    assert_eq!(docx::render(&hostile()), docx::render(&hostile()));
}

#[test]
fn an_empty_report_is_still_a_document() {
    let parts = parts(&docx::render(&Report::default()));
    let doc = Document::parse(&parts["word/document.xml"]).unwrap();
    assert!(doc.descendants().any(|n| is(&n, "sectPr")));
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// The real test of "opens cleanly": LibreOffice loads the file and prints it to PDF.
#[test]
fn libreoffice_converts_it_to_pdf() {
    let Some(office) = ["soffice", "libreoffice"].into_iter().find(|p| on_path(p)) else {
        // `cargo xtask test` installs LibreOffice and sets this, so there it cannot skip.
        assert!(
            std::env::var_os("VENDORPLAN_REQUIRE_TOOLS").is_none(),
            "LibreOffice is needed: apt-get install libreoffice-writer-nogui"
        );
        println!("skipped: neither soffice nor libreoffice is on PATH");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docx-libreoffice");
    // A fresh directory and profile, so an earlier run or a running LibreOffice cannot
    // answer for this one.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let cases = [
        ("sample", sample(), "Outside the EEA".to_owned()),
        ("hostile", hostile(), survives(&format!("cell {HOSTILE}"))),
    ];
    for (name, report, shown) in cases {
        let input = dir.join(format!("{name}.docx"));
        std::fs::write(&input, docx::render(&report)).unwrap();
        let status = Command::new(office)
            .args([
                profile.as_str(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(&dir)
            .arg(&input)
            .status()
            .expect("LibreOffice runs");
        assert!(status.success(), "LibreOffice failed on {name}: {status}");
        let pdf = std::fs::read(dir.join(format!("{name}.pdf")))
            .unwrap_or_else(|e| panic!("LibreOffice wrote no PDF for {name}: {e}"));
        assert!(pdf.starts_with(b"%PDF-"), "{name}.pdf is not a PDF");
        assert!(pdf.len() > 1000, "{name}.pdf is empty: {} bytes", pdf.len());
        // Where poppler is installed too, the text must be on the pages.
        if on_path("pdftotext") {
            let out = Command::new("pdftotext")
                .arg(dir.join(format!("{name}.pdf")))
                .arg("-")
                .output()
                .expect("pdftotext runs");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains(&shown), "{name}.pdf lacks {shown:?}:\n{text}");
        }
    }
}

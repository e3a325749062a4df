//! A report with every kind of block, long enough to break tables across pages, and text that
//! tries to break out of every format.

use vendorplan_document::{Block, Cell, CheckItem, Inline, Report, Table};

pub const HOSTILE: &[&str] = &[
    "<script>alert('x')</script>",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "]]><w:p>&amp;\"quoted\" 'single'",
    "**bold** [link](javascript:alert(1)) | cell | # heading",
    "Zoë Ørsted & Łódź — «ça» €5",
];

pub fn sample() -> Report {
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: "Summary".into(),
        },
        Block::Paragraph(vec![
            Inline::Text("Twelve actions, ".into()),
            Inline::Strong("three of them high priority".into()),
            Inline::Text(". See ".into()),
            Inline::Link {
                text: "Art. 28 GDPR".into(),
                url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28".into(),
            },
            Inline::Text(" and the visitor's note: ".into()),
            Inline::Text(HOSTILE.join(" / ")),
        ]),
        Block::Bullets(vec![
            vec![Inline::Text("First point".into())],
            vec![Inline::Link {
                text: String::new(),
                url: "javascript:alert(1)".into(),
            }],
        ]),
        Block::Heading {
            level: 1,
            text: "Actions".into(),
        },
        Block::Heading {
            level: 2,
            text: "Open actions".into(),
        },
        Block::Checklist(
            (0..30)
                .map(|i| CheckItem {
                    done: i % 3 == 0,
                    title: format!("Sign the data processing agreement with vendor number {i}"),
                    lines: vec![
                        vec![Inline::Text(format!(
                            "Priority high · Owner: DPO · Due: within three months · {}",
                            HOSTILE[i % HOSTILE.len()]
                        ))],
                        vec![Inline::Link {
                            text: "https://example.com/a/very/long/path/that/needs/to/break/somewhere/in/the/middle/of/the/line/because/it/is/longer/than/a/line".into(),
                            url: "https://example.com/dpa".into(),
                        }],
                    ],
                })
                .collect(),
        ),
        Block::Heading {
            level: 1,
            text: "Registers".into(),
        },
        Block::Heading {
            level: 2,
            text: "Transfers outside the EEA".into(),
        },
    ];
    blocks.push(Block::Table(Table {
        id: "transfers".into(),
        headers: vec!["Vendor".into(), "Destinations".into(), "Mechanism".into()],
        widths: vec![2, 3, 3],
        rows: (0..120)
            .map(|i| {
                vec![
                    Cell::text(format!("Vendor {i}")),
                    Cell::text(if i == 7 {
                        HOSTILE.join(" ")
                    } else {
                        "United States, India".into()
                    }),
                    Cell::link(
                        "Data Privacy Framework",
                        "https://www.dataprivacyframework.gov/",
                    ),
                ]
            })
            .collect(),
    }));
    Report {
        title: "GDPR plan".into(),
        cover: vec![
            format!("Organisation: {}", HOSTILE[0]),
            "Made on 2026-11-25".into(),
            "Catalog 2026.11 of 2026-11-20".into(),
        ],
        disclaimer: "This plan is guidance, not legal advice.".into(),
        lang: "en".into(),
        contents: "Contents".into(),
        blocks,
    }
}

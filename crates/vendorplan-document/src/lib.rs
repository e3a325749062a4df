//! A report as plain data, and its renderings. The GDPR plan is turned into a [`Report`] once
//! (in `vendorplan-core`); every document format renders that same report, so the formats
//! cannot drift apart in content, only in looks.
//!
//! All text here is the visitor's or the catalog's, never markup: each renderer escapes it for
//! its own format.

use serde::{Deserialize, Serialize};

#[cfg(feature = "docx")]
pub mod docx;
pub mod html;
pub mod markdown;
#[cfg(feature = "pdf")]
pub mod pdf;
#[cfg(feature = "docx")]
mod zip;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The document title, for the cover page and the file's metadata.
    pub title: String,
    /// Lines under the title on the cover: organisation, dates, catalog version.
    pub cover: Vec<String>,
    /// The short notice on the cover and in every footer (here: guidance, not legal advice).
    pub disclaimer: String,
    /// The language of the text, as a BCP 47 tag (`en`).
    pub lang: String,
    /// The heading of the table of contents, in that language.
    pub contents: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// Level 1 starts a chapter (a new page in print and listed in the table of contents);
    /// levels 2 and 3 are sections inside it.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    Checklist(Vec<CheckItem>),
    Table(Table),
}

/// A run of text: plain, strong, or a link whose target is shown in formats without links.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Inline {
    Text(String),
    Strong(String),
    Link { text: String, url: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckItem {
    pub done: bool,
    pub title: String,
    /// Lines under the title: what to do, why, where to look.
    pub lines: Vec<Vec<Inline>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// A stable file-name-safe id (`transfers`), used for CSV file names.
    pub id: String,
    pub headers: Vec<String>,
    /// Relative column widths for paged formats; the same length as `headers`.
    pub widths: Vec<u16>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub text: String,
    pub link: Option<String>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            link: None,
        }
    }

    /// A link; its text is the URL itself when there is nothing better to show.
    pub fn link(text: impl Into<String>, url: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            link: Some(url.into()),
        }
    }
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(t) | Inline::Strong(t) | Inline::Link { text: t, .. } => t,
        }
    }
}

/// Only `http`, `https` and `mailto` links become links; anything else (a `javascript:` URL
/// in a hostile file, say) is shown as text.
pub fn safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

impl Report {
    /// The chapters (level-1 headings) and sections (level 2), for a table of contents.
    pub fn outline(&self) -> impl Iterator<Item = (u8, &str)> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Heading { level, text } if *level <= 2 => Some((*level, text.as_str())),
            _ => None,
        })
    }

    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// An anchor id for a heading, unique within the report: `h-<position>`.
pub(crate) fn anchor(index: usize) -> String {
    format!("h-{index}")
}

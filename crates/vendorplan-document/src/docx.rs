//! Word (.docx, Office Open XML WordprocessingML), written by hand: a docx library would add
//! hundreds of kilobytes to the wasm build for the few parts a report needs.
//!
//! The document leans on named styles rather than direct formatting wherever it can, so that a
//! reader who restyles it in Word or LibreOffice restyles everything at once, and so that the
//! headings (real `Heading 1`..`Heading 4` with outline levels) fill the navigation pane and
//! the table of contents.

use std::collections::HashMap;
use std::fmt::Write;

use crate::{safe_url, Block, Cell, CheckItem, Inline, Report, Table};

/// A4 in twentieths of a point, with 2 cm margins.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN: u32 = 1134;
const TEXT_W: u32 = PAGE_W - 2 * MARGIN;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The relationship ids of `document.xml` that are not links; links are numbered after them.
const STYLES_ID: &str = "rId1";
const NUMBERING_ID: &str = "rId2";
const SETTINGS_ID: &str = "rId3";
const FOOTER_ID: &str = "rId4";
const FIRST_LINK_ID: usize = 5;

/// Run properties.
const BOLD: &str = "<w:b/>";
const LINK: &str = "<w:rStyle w:val=\"Hyperlink\"/>";
/// The check boxes are not in Arial: name the Windows font that has them rather than leave
/// the choice to Word's fallback (LibreOffice falls back to a font of its own where it lacks
/// this one).
const SYMBOL: &str = "<w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\"/>";

pub fn render(report: &Report) -> Vec<u8> {
    let mut body = Body::default();
    body.cover(report);
    body.contents(report);
    for block in &report.blocks {
        body.block(block);
    }

    let mut document = format!(
        "{XML_DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>{}",
        body.xml
    );
    let _ = write!(
        document,
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"{FOOTER_ID}\"/>\
         <w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\"/>\
         <w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" \
         w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    );

    crate::zip::write(&[
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", PACKAGE_RELS.into()),
        ("docProps/core.xml", core_properties(report).into()),
        ("docProps/app.xml", APP_PROPERTIES.into()),
        ("word/document.xml", document.into()),
        ("word/_rels/document.xml.rels", body.relationships().into()),
        ("word/styles.xml", styles(&report.lang).into()),
        ("word/numbering.xml", NUMBERING.into()),
        ("word/settings.xml", SETTINGS.into()),
        ("word/footer1.xml", footer(&report.disclaimer).into()),
    ])
}

/// Whether XML 1.0 allows a character: not the C0 controls other than tab, newline and
/// carriage return, nor U+FFFE/U+FFFF. The C1 controls are allowed but discouraged by the
/// XML spec and mean nothing in a document, so they go too, as in the HTML renderer.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&apos;"),
        c if allowed(c) => out.push(c),
        _ => {}
    }
}

/// Escapes text for element content and for quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    out
}

/// A link target as a well-formed URI. Consumers built on .NET's packaging API (the Open XML
/// SDK among them) refuse a whole package over one malformed relationship target, and a
/// catalog URL may well hold a space or a non-ASCII letter, so everything outside URI syntax
/// is percent-encoded (as UTF-8), and so is a `%` that does not start an escape.
fn uri(url: &str) -> String {
    const KEPT: &[u8] = b"-._~:/?#[]@!$&'()*+,;=";
    let bytes = url.trim().as_bytes();
    let mut out = String::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        let escape_start = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if b.is_ascii_alphanumeric() || KEPT.contains(&b) || escape_start {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Appends a run. Word shows a newline inside `w:t` as a space, so it becomes a `w:br`; a tab
/// becomes `w:tab`, the form Word itself writes.
fn run(out: &mut String, text: &str, props: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if !props.is_empty() {
        let _ = write!(out, "<w:rPr>{props}</w:rPr>");
    }
    const OPEN: &str = "<w:t xml:space=\"preserve\">";
    out.push_str(OPEN);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                let _ = write!(out, "</w:t><w:br/>{OPEN}");
            }
            '\t' => {
                let _ = write!(out, "</w:t><w:tab/>{OPEN}");
            }
            c => push_escaped(out, c),
        }
    }
    out.push_str("</w:t></w:r>");
}

/// The paragraphs of `document.xml`, and the link targets they point to.
#[derive(Default)]
struct Body {
    xml: String,
    /// External link targets in order of first use; the n-th gets id `rId{FIRST_LINK_ID + n}`.
    links: Vec<String>,
    /// The same, by target: a catalog repeats its policy URLs, and one relationship each is
    /// enough.
    link_index: HashMap<String, usize>,
}

impl Body {
    /// Opens a paragraph with the given style (none for Normal) and extra paragraph
    /// properties. The caller adds runs and closes it.
    fn open(&mut self, style: &str, props: &str) {
        self.xml.push_str("<w:p>");
        if !style.is_empty() || !props.is_empty() {
            self.xml.push_str("<w:pPr>");
            if !style.is_empty() {
                let _ = write!(self.xml, "<w:pStyle w:val=\"{style}\"/>");
            }
            self.xml.push_str(props);
            self.xml.push_str("</w:pPr>");
        }
    }

    fn close(&mut self) {
        self.xml.push_str("</w:p>");
    }

    /// A paragraph of one run.
    fn paragraph(&mut self, style: &str, text: &str) {
        self.open(style, "");
        run(&mut self.xml, text, "");
        self.close();
    }

    fn cover(&mut self, report: &Report) {
        self.paragraph("Title", &report.title);
        for line in &report.cover {
            self.paragraph("Subtitle", line);
        }
        self.paragraph("Disclaimer", &report.disclaimer);
    }

    /// The table of contents as a field that Word fills in when it opens the document (the
    /// field is marked dirty) and LibreOffice on "Update". Its heading style starts a new
    /// page, which ends the cover.
    /// A table-of-contents field whose current result already lists the chapters and
    /// sections, so that it is useful before anyone updates it; updating (Word offers to, the
    /// field is marked dirty) adds the page numbers.
    fn contents(&mut self, report: &Report) {
        self.paragraph("TOCHeading", &report.contents);
        let entries: Vec<(u8, &str)> = report.outline().collect();
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
             <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        if entries.is_empty() {
            self.open("", "");
            // Nothing to list yet; updating the field fills it.
            self.xml.push_str(begin);
            self.xml.push_str(end);
            self.close();
            return;
        }
        let last = entries.len() - 1;
        for (i, (level, text)) in entries.into_iter().enumerate() {
            self.open(if level == 1 { "TOC1" } else { "TOC2" }, "");
            if i == 0 {
                self.xml.push_str(begin);
            }
            run(&mut self.xml, text, "");
            if i == last {
                self.xml.push_str(end);
            }
            self.close();
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 4));
                self.paragraph(&style, text);
            }
            Block::Paragraph(parts) => {
                self.open("", "");
                self.inlines(parts);
                self.close();
            }
            Block::Bullets(items) => {
                for item in items {
                    self.open(
                        "ListBullet",
                        "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
                    );
                    self.inlines(item);
                    self.close();
                }
            }
            Block::Checklist(items) => {
                for item in items {
                    self.check_item(item);
                }
            }
            Block::Table(table) => self.table(table),
        }
    }

    fn inlines(&mut self, parts: &[Inline]) {
        for part in parts {
            match part {
                Inline::Text(t) => run(&mut self.xml, t, ""),
                Inline::Strong(t) => run(&mut self.xml, t, BOLD),
                Inline::Link { text, url } => self.link(text, url),
            }
        }
    }

    /// A hyperlink for web and mail URLs; any other URL is shown, never linked.
    fn link(&mut self, text: &str, url: &str) {
        if safe_url(url) {
            let id = self.relationship(url);
            let shown = if text.is_empty() { url } else { text };
            let _ = write!(self.xml, "<w:hyperlink r:id=\"rId{id}\" w:history=\"1\">");
            run(&mut self.xml, shown, LINK);
            self.xml.push_str("</w:hyperlink>");
        } else if text.is_empty() || text == url {
            run(&mut self.xml, url, "");
        } else {
            run(&mut self.xml, &format!("{text} ({url})"), "");
        }
    }

    /// The number of the relationship to an external link target, added on first use.
    fn relationship(&mut self, url: &str) -> usize {
        let target = uri(url);
        let next = FIRST_LINK_ID + self.links.len();
        *self.link_index.entry(target.clone()).or_insert_with(|| {
            self.links.push(target);
            next
        })
    }

    /// The check box and the title in bold, then each line indented under it. Every paragraph
    /// but the last keeps with the next, so an item is not split across pages.
    fn check_item(&mut self, item: &CheckItem) {
        let keep = if item.lines.is_empty() {
            ""
        } else {
            "<w:keepNext/>"
        };
        self.open("", keep);
        let mark = if item.done { "\u{2612} " } else { "\u{2610} " };
        run(&mut self.xml, mark, SYMBOL);
        run(&mut self.xml, &item.title, BOLD);
        self.close();
        for (i, line) in item.lines.iter().enumerate() {
            let keep = if i + 1 < item.lines.len() {
                "<w:keepNext/>"
            } else {
                ""
            };
            self.open(
                "",
                &format!("{keep}<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/>"),
            );
            self.inlines(line);
            self.close();
        }
    }

    fn table(&mut self, table: &Table) {
        // Nothing makes every row as long as the header: the grid takes the longest, and short
        // rows are padded with empty cells, as Word wants every row to fill the grid.
        let columns = table
            .rows
            .iter()
            .map(Vec::len)
            .chain([table.headers.len()])
            .max()
            .unwrap_or(0);
        if columns == 0 {
            return;
        }
        let widths = column_widths(&table.widths, columns);

        self.xml.push_str(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
             <w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
        );
        for w in &widths {
            let _ = write!(self.xml, "<w:gridCol w:w=\"{w}\"/>");
        }
        self.xml.push_str("</w:tblGrid>");

        if !table.headers.is_empty() {
            // Repeated at the top of every page the table runs onto.
            self.xml
                .push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            for (i, width) in widths.iter().enumerate() {
                let header = table.headers.get(i).map_or("", String::as_str);
                self.cell_open(
                    *width,
                    "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF2F6\"/>",
                );
                run(&mut self.xml, header, BOLD);
                self.cell_close();
            }
            self.xml.push_str("</w:tr>");
        }
        for row in &table.rows {
            self.xml.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (i, width) in widths.iter().enumerate() {
                self.cell_open(*width, "");
                if let Some(Cell { text, link }) = row.get(i) {
                    match link {
                        Some(url) => self.link(text, url),
                        None => run(&mut self.xml, text, ""),
                    }
                }
                self.cell_close();
            }
            self.xml.push_str("</w:tr>");
        }
        // Word merges two tables with nothing between them into one; the empty paragraph
        // keeps them apart and gives the table its space below.
        self.xml.push_str("</w:tbl><w:p/>");
    }

    /// Opens a cell and its one paragraph (Word rejects a cell without a paragraph).
    fn cell_open(&mut self, width: u32, props: &str) {
        let _ = write!(
            self.xml,
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{props}</w:tcPr>"
        );
        self.open("TableText", "");
    }

    fn cell_close(&mut self) {
        self.close();
        self.xml.push_str("</w:tc>");
    }

    fn relationships(&self) -> String {
        let mut xml = format!(
            "{XML_DECL}<Relationships xmlns=\"{REL_NS}\">\
             <Relationship Id=\"{STYLES_ID}\" Type=\"{REL_TYPE}/styles\" Target=\"styles.xml\"/>\
             <Relationship Id=\"{NUMBERING_ID}\" Type=\"{REL_TYPE}/numbering\" Target=\"numbering.xml\"/>\
             <Relationship Id=\"{SETTINGS_ID}\" Type=\"{REL_TYPE}/settings\" Target=\"settings.xml\"/>\
             <Relationship Id=\"{FOOTER_ID}\" Type=\"{REL_TYPE}/footer\" Target=\"footer1.xml\"/>"
        );
        for (i, target) in self.links.iter().enumerate() {
            let _ = write!(
                xml,
                "<Relationship Id=\"rId{}\" Type=\"{REL_TYPE}/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
                FIRST_LINK_ID + i,
                escape(target)
            );
        }
        xml.push_str("</Relationships>");
        xml
    }
}

/// Grid column widths in twips, in proportion to the table's relative widths; equal columns
/// when those do not match the columns.
fn column_widths(weights: &[u16], columns: usize) -> Vec<u32> {
    let weights: Vec<u64> = if weights.len() == columns {
        // A zero-width column could not be seen or typed in.
        weights.iter().map(|&w| u64::from(w.max(1))).collect()
    } else {
        vec![1; columns]
    };
    let total: u64 = weights.iter().sum();
    weights
        .iter()
        .map(|w| {
            // At most TEXT_W, so it fits.
            u32::try_from(u64::from(TEXT_W) * w / total).unwrap_or(TEXT_W)
        })
        .collect()
}

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>",
    "</Types>"
);

const PACKAGE_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>",
    "</Relationships>"
);

const APP_PROPERTIES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">",
    "<Application>Vendorplan</Application></Properties>"
);

/// Title and language only: a creation date would make the same report give different files.
fn core_properties(report: &Report) -> String {
    let mut xml = format!(
        "{XML_DECL}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
         <dc:title>{}</dc:title>",
        escape(&report.title)
    );
    if !report.lang.is_empty() {
        let _ = write!(xml, "<dc:language>{}</dc:language>", escape(&report.lang));
    }
    xml.push_str("</cp:coreProperties>");
    xml
}

/// The footer on every page: the disclaimer, and the page number at the right margin.
fn footer(disclaimer: &str) -> String {
    let mut xml = format!(
        "{XML_DECL}<w:ftr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
    );
    run(&mut xml, disclaimer, "");
    xml.push_str(
        "<w:r><w:tab/></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>\
         </w:p></w:ftr>",
    );
    xml
}

/// The styles. Arial is the sans font every Word has, and LibreOffice shows it as the
/// metric-compatible Liberation Sans. The document language is set here, once, for spelling.
/// The text colour belongs to Normal, not to the document defaults: LibreOffice copies the
/// defaults into table cells as direct formatting, which would paint links there black.
fn styles(lang: &str) -> String {
    let lang = if lang.is_empty() {
        String::new()
    } else {
        format!("<w:lang w:val=\"{}\"/>", escape(lang))
    };
    format!(
        "{XML_DECL}<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>\
<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>{lang}</w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
</w:docDefaults>\
{STYLE_LIST}</w:styles>"
    )
}

/// Heading 1 starts a new page; every heading keeps with the paragraph after it. The
/// contents heading is a heading to look at but has no outline level, so it does not list
/// itself in the contents.
const STYLE_LIST: &str = concat!(
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rPr><w:color w:val=\"1B1F24\"/></w:rPr></w:style>",
    "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>",
    "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
    "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Subtitle\"/><w:qFormat/>",
    "<w:pPr><w:spacing w:before=\"2400\" w:after=\"360\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val=\"0B5CAD\"/><w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:color w:val=\"57606A\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Disclaimer\"><w:name w:val=\"Disclaimer\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>",
    "<w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"0B5CAD\"/></w:pBdr><w:spacing w:before=\"720\"/><w:ind w:left=\"240\"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"0B5CAD\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr>",
    "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/></w:pPr>",
    "<w:rPr><w:b/><w:bCs/><w:color w:val=\"0B5CAD\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/></w:pPr>",
    "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading4\"><w:name w:val=\"heading 4\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"3\"/></w:pPr>",
    "<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/><w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
    "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>",
    "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9638\"/></w:tabs><w:spacing w:before=\"120\" w:after=\"40\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"TOC2\"><w:name w:val=\"toc 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>",
    "<w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"40\"/><w:ind w:left=\"240\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:style>",
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>",
    "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>",
    "<w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"9638\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"57606A\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>",
    "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>",
    "<w:rPr><w:color w:val=\"0B5CAD\"/><w:u w:val=\"single\"/></w:rPr></w:style>",
    "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/>",
    "<w:tblPr><w:tblBorders>",
    "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/>",
    "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/>",
    "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/>",
    "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
);

/// One bullet list definition, used by every bullet paragraph (bullets have no count to
/// restart).
const NUMBERING: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>",
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/>",
    "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>",
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
    "</w:numbering>"
);

/// Compatibility mode 15 (Word 2013 and later) keeps Word from opening the file in
/// "Compatibility Mode".
const SETTINGS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>",
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    "</w:settings>"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_stripped_of_what_xml_forbids() {
        assert_eq!(
            escape("<w:p a=\"'\">&\u{0}\u{1b}\u{85}\u{FFFE}\té"),
            "&lt;w:p a=&quot;&apos;&quot;&gt;&amp;\té"
        );
    }

    #[test]
    fn line_breaks_and_tabs_become_word_breaks() {
        let mut out = String::new();
        run(&mut out, "a\r\nb\rc\td", "");
        assert_eq!(out.matches("<w:br/>").count(), 2);
        assert_eq!(out.matches("<w:tab/>").count(), 1);
        assert!(!out.contains(['\r', '\n', '\t']));
    }

    #[test]
    fn link_targets_are_well_formed_uris() {
        assert_eq!(
            uri(" https://a.example/dé p?q=\"<x>\"&r=%41%zz "),
            "https://a.example/d%C3%A9%20p?q=%22%3Cx%3E%22&r=%41%25zz"
        );
    }

    #[test]
    fn a_repeated_link_shares_one_relationship() {
        let mut body = Body::default();
        body.link("a", "https://a.example/");
        body.link("b", "https://a.example/");
        body.link("c", "https://b.example/");
        assert_eq!(body.links, ["https://a.example/", "https://b.example/"]);
        assert_eq!(body.xml.matches("r:id=\"rId5\"").count(), 2);
    }

    #[test]
    fn ragged_rows_fill_the_grid() {
        let mut body = Body::default();
        body.table(&Table {
            id: "t".into(),
            headers: vec!["a".into(), "b".into()],
            widths: vec![1, 1],
            rows: vec![
                vec![Cell::text("1"), Cell::text("2"), Cell::text("3")],
                vec![Cell::text("1")],
            ],
        });
        assert_eq!(body.xml.matches("<w:gridCol ").count(), 3);
        assert_eq!(body.xml.matches("<w:tr>").count(), 3);
        assert_eq!(body.xml.matches("<w:tc>").count(), 9);
        // A table with no columns at all is left out rather than written invalid.
        let mut empty = Body::default();
        empty.table(&Table {
            id: "e".into(),
            headers: Vec::new(),
            widths: Vec::new(),
            rows: vec![Vec::new()],
        });
        assert!(empty.xml.is_empty());
    }

    #[test]
    fn columns_follow_the_relative_widths() {
        assert_eq!(
            column_widths(&[1, 2, 1], 3),
            [TEXT_W / 4, TEXT_W / 2, TEXT_W / 4]
        );
        assert_eq!(column_widths(&[1], 2), [TEXT_W / 2, TEXT_W / 2]);
    }
}

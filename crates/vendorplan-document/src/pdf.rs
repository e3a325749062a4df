//! PDF, made in the page with no help from the browser's print dialog: A4 pages, a cover, a
//! table of contents with page numbers and links, bookmarks, page numbers in the footer, and
//! tables whose rows break across pages under a repeated header. Text is real text in an
//! embedded font (subset to the glyphs used), so it can be selected, searched and read aloud;
//! the document is tagged (headings, paragraphs, lists, tables) for screen readers.
//!
//! Layout happens first, into pages of drawing operations; writing the PDF objects comes after,
//! when the page count and every heading's page are known.

use std::collections::{BTreeMap, BTreeSet};

use pdf_writer::types::{
    ActionType, AnnotationType, CidFontType, FontFlags, StructRole, SystemInfo,
};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Settings, Str, TextStr};

use crate::{safe_url, Block, Cell, CheckItem, Inline, Report, Table};

mod subset;

static REGULAR: &[u8] = include_bytes!("../fonts/VendorplanSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/VendorplanSans-Bold.ttf");

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const TOP: f32 = PAGE_H - 56.0;
const BOTTOM: f32 = 62.0;
const FOOTER_Y: f32 = 34.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

const BODY: f32 = 10.0;
const SMALL: f32 = 9.0;
const TABLE: f32 = 7.5;
const CELL_PAD: f32 = 3.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ink {
    Body,
    Muted,
    Accent,
}

impl Ink {
    fn rgb(self) -> (f32, f32, f32) {
        match self {
            Ink::Body => (0.106, 0.122, 0.141),
            Ink::Muted => (0.34, 0.376, 0.416),
            Ink::Accent => (0.043, 0.361, 0.678),
        }
    }
}

/// How a run of text looks.
#[derive(Clone, Copy)]
struct Style {
    face: Face,
    size: f32,
    ink: Ink,
}

impl Style {
    fn new(face: Face, size: f32, ink: Ink) -> Self {
        Style { face, size, ink }
    }
}

/// One embedded font: its metrics for layout, and the glyphs used, for the subset and for the
/// map back to Unicode that makes text extractable.
struct Font {
    face: ttf_parser::Face<'static>,
    data: &'static [u8],
    units: f32,
    fallback: u16,
    /// Glyph and advance (in em) by code point, for every character the font maps: layout
    /// measures text many times over, and an index here is far cheaper than the font's tables
    /// or a hash map. The fonts cover Latin and punctuation, so the table stays small.
    glyphs: Vec<Option<(u16, f32)>>,
    used: BTreeMap<u16, char>,
}

impl Font {
    fn new(data: &'static [u8]) -> Self {
        let face = ttf_parser::Face::parse(data, 0).expect("the bundled font parses");
        let fallback = face.glyph_index('?').map_or(0, |g| g.0);
        let units = f32::from(face.units_per_em());
        let mut glyphs: Vec<Option<(u16, f32)>> = Vec::new();
        if let Some(cmap) = face.tables().cmap {
            for subtable in cmap.subtables.into_iter().filter(|t| t.is_unicode()) {
                subtable.codepoints(|code| {
                    let (Some(c), Some(g)) = (char::from_u32(code), subtable.glyph_index(code))
                    else {
                        return;
                    };
                    let advance = f32::from(face.glyph_hor_advance(g).unwrap_or(0)) / units;
                    let at = c as usize;
                    if glyphs.len() <= at {
                        glyphs.resize(at + 1, None);
                    }
                    glyphs[at] = Some((g.0, advance));
                });
            }
        }
        Font {
            units,
            face,
            data,
            fallback,
            glyphs,
            used: BTreeMap::new(),
        }
    }

    /// A glyph for every character: characters outside the font show as `?` rather than
    /// vanish, and control characters and other spaces (a line separator, a no-break space)
    /// as a space.
    fn glyph(&self, c: char) -> (u16, char, f32) {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        match self.glyphs.get(c as usize).copied().flatten() {
            Some((g, advance)) => (g, c, advance),
            None => {
                let advance = self
                    .glyphs
                    .get('?' as usize)
                    .copied()
                    .flatten()
                    .map_or(0.5, |(_, a)| a);
                (self.fallback, '?', advance)
            }
        }
    }

    fn advance(&self, glyph: u16) -> f32 {
        f32::from(
            self.face
                .glyph_hor_advance(ttf_parser::GlyphId(glyph))
                .unwrap_or(0),
        ) / self.units
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).2).sum::<f32>() * size
    }

    /// Glyph ids for the text, remembering which are used.
    fn shape(&mut self, text: &str) -> Vec<u16> {
        text.chars()
            .map(|c| {
                let (g, shown, _) = self.glyph(c);
                self.used.entry(g).or_insert(shown);
                g
            })
            .collect()
    }
}

struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    fn get(&self, face: Face) -> &Font {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    fn get_mut(&mut self, face: Face) -> &mut Font {
        match face {
            Face::Regular => &mut self.regular,
            Face::Bold => &mut self.bold,
        }
    }
}

/// A run of text on one line: one face, one colour, maybe a link.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    face: Face,
    link: Option<String>,
}

enum Op {
    /// Text; `node` is its structure element, `None` for page furniture (an artifact).
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        ink: Ink,
        glyphs: Vec<u16>,
        node: Option<usize>,
    },
    Fill {
        rect: [f32; 4],
        rgb: (f32, f32, f32),
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        rgb: (f32, f32, f32),
    },
    /// A stroked rectangle: x, y, width, height.
    Frame {
        rect: [f32; 4],
        rgb: (f32, f32, f32),
    },
    Uri {
        rect: [f32; 4],
        url: String,
    },
    /// A link to a place in the document: a page index and the height on it.
    GoTo {
        rect: [f32; 4],
        page: usize,
        y: f32,
    },
}

#[derive(Clone, Copy)]
enum Role {
    Document,
    Sect,
    Toc,
    Toci,
    H1,
    H2,
    H3,
    P,
    L,
    Li,
    Lbl,
    LBody,
    Table,
    Tr,
    Th,
    Td,
}

impl Role {
    fn pdf(self) -> StructRole {
        match self {
            Role::Document => StructRole::Document,
            Role::Sect => StructRole::Sect,
            Role::Toc => StructRole::TOC,
            Role::Toci => StructRole::TOCI,
            Role::H1 => StructRole::H1,
            Role::H2 => StructRole::H2,
            Role::H3 => StructRole::H3,
            Role::P => StructRole::P,
            Role::L => StructRole::L,
            Role::Li => StructRole::LI,
            Role::Lbl => StructRole::Lbl,
            Role::LBody => StructRole::LBody,
            Role::Table => StructRole::Table,
            Role::Tr => StructRole::TR,
            Role::Th => StructRole::TH,
            Role::Td => StructRole::TD,
        }
    }

    fn tag(self) -> &'static [u8] {
        match self {
            Role::Document => b"Document",
            Role::Sect => b"Sect",
            Role::Toc => b"TOC",
            Role::Toci => b"TOCI",
            Role::H1 => b"H1",
            Role::H2 => b"H2",
            Role::H3 => b"H3",
            Role::P => b"P",
            Role::L => b"L",
            Role::Li => b"LI",
            Role::Lbl => b"Lbl",
            Role::LBody => b"LBody",
            Role::Table => b"Table",
            Role::Tr => b"TR",
            Role::Th => b"TH",
            Role::Td => b"TD",
        }
    }
}

enum Kid {
    Node(usize),
    /// Marked content on a page; the id is given when the page is written.
    Content {
        page: usize,
        op: usize,
    },
}

struct Node {
    role: Role,
    parent: Option<usize>,
    kids: Vec<Kid>,
}

struct Heading {
    level: u8,
    text: String,
    page: usize,
    y: f32,
}

struct Layout {
    fonts: Fonts,
    pages: Vec<Vec<Op>>,
    /// The page number (from zero) in the final document of `pages[0]`: the body is laid out
    /// before the cover and contents that precede it.
    page_base: usize,
    y: f32,
    nodes: Vec<Node>,
    headings: Vec<Heading>,
}

impl Layout {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(Vec::is_empty)
    }

    /// Starts a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || (self.y - height < BOTTOM && !self.page_is_empty()) {
            self.new_page();
        }
    }

    fn node(&mut self, role: Role, parent: usize) -> usize {
        self.nodes.push(Node {
            role,
            parent: Some(parent),
            kids: Vec::new(),
        });
        let id = self.nodes.len() - 1;
        self.nodes[parent].kids.push(Kid::Node(id));
        id
    }

    fn push(&mut self, op: Op) {
        let page = self.pages.len() - 1;
        if let Op::Text {
            node: Some(node), ..
        } = op
        {
            let at = self.pages[page].len();
            self.nodes[node].kids.push(Kid::Content {
                page: self.page_base + page,
                op: at,
            });
        }
        self.pages[page].push(op);
    }

    /// Draws one run of text with its baseline at `y`; returns its width.
    fn text(&mut self, x: f32, y: f32, text: &str, style: Style, node: Option<usize>) -> f32 {
        let (op, width) = self.shaped(x, y, text, style, node);
        self.push(op);
        width
    }

    /// The drawing of a run of text, for the caller to place.
    fn shaped(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        style: Style,
        node: Option<usize>,
    ) -> (Op, f32) {
        let Style { face, size, ink } = style;
        let font = self.fonts.get_mut(face);
        let width = font.width(text, size);
        let glyphs = font.shape(text);
        let op = Op::Text {
            x,
            y,
            face,
            size,
            ink,
            glyphs,
            node,
        };
        (op, width)
    }

    /// Breaks pieces into lines no wider than `width`: at spaces, and inside a word only when
    /// the word alone is wider than the line (long URLs).
    fn wrap(&self, pieces: &[Piece], width: f32, size: f32) -> Vec<Vec<Piece>> {
        let mut lines: Vec<Vec<Piece>> = vec![Vec::new()];
        let mut used = 0.0;
        for piece in pieces {
            let font = self.fonts.get(piece.face);
            for word in piece.text.split_inclusive([' ', '\n']) {
                let newline = word.ends_with('\n');
                let word = word.trim_end_matches('\n');
                let bare = font.width(word.trim_end(), size);
                if used + bare > width && used > 0.0 {
                    lines.push(Vec::new());
                    used = 0.0;
                }
                let mut rest = word;
                if used == 0.0 {
                    rest = rest.trim_start();
                }
                // A word longer than a whole line is cut where it overflows.
                while font.width(rest.trim_end(), size) > width - used {
                    let mut cut = 0;
                    let mut w = 0.0;
                    for (i, c) in rest.char_indices() {
                        let cw = font.width(c.encode_utf8(&mut [0; 4]), size);
                        if used + w + cw > width && i > 0 {
                            break;
                        }
                        w += cw;
                        cut = i + c.len_utf8();
                    }
                    if cut == 0 || cut >= rest.len() {
                        break;
                    }
                    append(lines.last_mut().expect("a line"), piece, &rest[..cut]);
                    lines.push(Vec::new());
                    used = 0.0;
                    rest = &rest[cut..];
                }
                append(lines.last_mut().expect("a line"), piece, rest);
                used += font.width(rest, size);
                if newline {
                    lines.push(Vec::new());
                    used = 0.0;
                }
            }
        }
        if lines.len() > 1 && lines.last().is_some_and(Vec::is_empty) {
            lines.pop();
        }
        lines
    }

    /// Draws wrapped lines starting at the current height, moving to a new page where needed.
    fn lines(&mut self, x: f32, lines: &[Vec<Piece>], size: f32, leading: f32, node: usize) {
        for line in lines {
            self.ensure(leading);
            let baseline = self.y - size * 0.9;
            self.draw_line(x, baseline, line, size, Ink::Body, Some(node));
            self.y -= leading;
        }
    }

    fn draw_line(
        &mut self,
        x: f32,
        baseline: f32,
        line: &[Piece],
        size: f32,
        ink: Ink,
        node: Option<usize>,
    ) {
        let mut x = x;
        for piece in line {
            let link = piece.link.as_deref().filter(|u| safe_url(u));
            let ink = if link.is_some() { Ink::Accent } else { ink };
            let w = self.text(
                x,
                baseline,
                &piece.text,
                Style::new(piece.face, size, ink),
                node,
            );
            if let Some(url) = link {
                self.push(Op::Uri {
                    rect: [x, baseline - size * 0.25, x + w, baseline + size * 0.85],
                    url: url.to_owned(),
                });
            }
            x += w;
        }
    }

    fn heading(&mut self, level: u8, text: &str, parent: usize) {
        let (size, before, role) = match level {
            1 => (18.0, 0.0, Role::H1),
            2 => (13.0, 14.0, Role::H2),
            _ => (11.0, 10.0, Role::H3),
        };
        if level == 1 && !self.page_is_empty() {
            self.new_page();
        }
        let pieces = [Piece {
            text: text.to_owned(),
            face: Face::Bold,
            link: None,
        }];
        let lines = self.wrap(&pieces, CONTENT_W, size);
        let leading = size * 1.25;
        // Keep a heading with at least three lines of what follows it.
        self.ensure(before + leading * lines.len() as f32 + 3.0 * BODY * 1.4);
        if !self.page_is_empty() && self.y < TOP {
            self.y -= before;
        }
        self.headings.push(Heading {
            level,
            text: text.to_owned(),
            page: self.page_base + self.pages.len() - 1,
            y: self.y + 4.0,
        });
        let node = self.node(role, parent);
        for line in &lines {
            let baseline = self.y - size * 0.9;
            self.draw_line(MARGIN_X, baseline, line, size, Ink::Body, Some(node));
            self.y -= leading;
        }
        if level == 1 {
            let y = self.y - 2.0;
            self.push(Op::Line {
                from: (MARGIN_X, y),
                to: (PAGE_W - MARGIN_X, y),
                width: 1.5,
                rgb: Ink::Accent.rgb(),
            });
            self.y -= 8.0;
        }
        self.y -= 4.0;
    }

    fn paragraph(&mut self, parts: &[Inline], parent: usize) {
        let node = self.node(Role::P, parent);
        let lines = self.wrap(&pieces(parts), CONTENT_W, BODY);
        self.lines(MARGIN_X, &lines, BODY, BODY * 1.4, node);
        self.y -= 6.0;
    }

    fn bullets(&mut self, items: &[Vec<Inline>], parent: usize) {
        let list = self.node(Role::L, parent);
        for item in items {
            let li = self.node(Role::Li, list);
            let lines = self.wrap(&pieces(item), CONTENT_W - 14.0, BODY);
            self.ensure(BODY * 1.4);
            let label = self.node(Role::Lbl, li);
            let baseline = self.y - BODY * 0.9;
            self.text(
                MARGIN_X + 3.0,
                baseline,
                "•",
                Style::new(Face::Regular, BODY, Ink::Muted),
                Some(label),
            );
            let body = self.node(Role::LBody, li);
            self.lines(MARGIN_X + 14.0, &lines, BODY, BODY * 1.4, body);
            self.y -= 2.0;
        }
        self.y -= 6.0;
    }

    fn checklist(&mut self, items: &[CheckItem], parent: usize) {
        let list = self.node(Role::L, parent);
        for item in items {
            let li = self.node(Role::Li, list);
            let title = [Piece {
                text: item.title.clone(),
                face: Face::Bold,
                link: None,
            }];
            let title = self.wrap(&title, CONTENT_W - 18.0, BODY);
            // An item starts with its box, its title and the first line under it on one page.
            self.ensure(BODY * 1.4 * (title.len() as f32 + 1.0) + 8.0);
            self.y -= 4.0;
            let top = self.y - 1.5;
            self.push(Op::Frame {
                rect: [MARGIN_X, top - 9.0, 9.0, 9.0],
                rgb: (0.3, 0.3, 0.3),
            });
            if item.done {
                self.push(Op::Line {
                    from: (MARGIN_X + 1.8, top - 4.8),
                    to: (MARGIN_X + 3.8, top - 7.4),
                    width: 1.4,
                    rgb: Ink::Accent.rgb(),
                });
                self.push(Op::Line {
                    from: (MARGIN_X + 3.8, top - 7.4),
                    to: (MARGIN_X + 7.6, top - 1.6),
                    width: 1.4,
                    rgb: Ink::Accent.rgb(),
                });
            }
            let body = self.node(Role::LBody, li);
            let head = self.node(Role::P, body);
            self.lines(MARGIN_X + 18.0, &title, BODY, BODY * 1.4, head);
            for line in &item.lines {
                let p = self.node(Role::P, body);
                let wrapped = self.wrap(&pieces(line), CONTENT_W - 30.0, SMALL);
                self.lines(MARGIN_X + 30.0, &wrapped, SMALL, SMALL * 1.35, p);
            }
            self.y -= 4.0;
        }
        self.y -= 6.0;
    }

    fn table(&mut self, table: &Table, parent: usize) {
        let node = self.node(Role::Table, parent);
        let total: f32 = table
            .widths
            .iter()
            .map(|w| f32::from(*w))
            .sum::<f32>()
            .max(1.0);
        let cols: Vec<f32> = table
            .widths
            .iter()
            .map(|w| CONTENT_W * f32::from(*w) / total)
            .collect();
        let leading = TABLE * 1.3;
        let wrap_row = |layout: &Self, cells: &[Cell], face: Face| -> Vec<Vec<Vec<Piece>>> {
            cells
                .iter()
                .zip(&cols)
                .map(|(c, w)| {
                    let text = if c.text.is_empty() {
                        c.link.clone().unwrap_or_default()
                    } else {
                        c.text.clone()
                    };
                    let piece = Piece {
                        text,
                        face,
                        link: c.link.clone(),
                    };
                    layout.wrap(&[piece], w - 2.0 * CELL_PAD, TABLE)
                })
                .collect()
        };
        let header_cells: Vec<Cell> = table.headers.iter().map(Cell::text).collect();
        let header = wrap_row(self, &header_cells, Face::Bold);
        let header_h = row_height(&header, leading);

        self.ensure(header_h + leading * 2.0 + 2.0 * CELL_PAD);
        let header_row = self.node(Role::Tr, node);
        let header_nodes: Vec<usize> = (0..cols.len())
            .map(|_| self.node(Role::Th, header_row))
            .collect();
        self.row(
            &cols,
            &header,
            0,
            usize::MAX,
            leading,
            true,
            Some(&header_nodes),
        );

        for cells in &table.rows {
            let wrapped = wrap_row(self, cells, Face::Regular);
            let tr = self.node(Role::Tr, node);
            let cell_nodes: Vec<usize> = (0..cols.len()).map(|_| self.node(Role::Td, tr)).collect();
            let height = row_height(&wrapped, leading);
            let page_room = TOP - BOTTOM - header_h;
            // A row that fits on a page is never split; a longer one fills pages line by line.
            if self.y - height < BOTTOM && height <= page_room {
                self.new_page();
                self.row(&cols, &header, 0, usize::MAX, leading, true, None);
            }
            let mut start = 0;
            let most = wrapped.iter().map(Vec::len).max().unwrap_or(0);
            loop {
                let room = ((self.y - BOTTOM - 2.0 * CELL_PAD) / leading)
                    .floor()
                    .max(0.0) as usize;
                if room == 0 {
                    self.new_page();
                    self.row(&cols, &header, 0, usize::MAX, leading, true, None);
                    continue;
                }
                self.row(
                    &cols,
                    &wrapped,
                    start,
                    room,
                    leading,
                    false,
                    Some(&cell_nodes),
                );
                start += room;
                if start >= most {
                    break;
                }
                self.new_page();
                self.row(&cols, &header, 0, usize::MAX, leading, true, None);
            }
        }
        self.y -= 12.0;
    }

    /// Draws lines `start..start + count` of each cell of a row, with its borders. A header
    /// repeated on a later page has no structure nodes: it is page furniture.
    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        cols: &[f32],
        cells: &[Vec<Vec<Piece>>],
        start: usize,
        count: usize,
        leading: f32,
        header: bool,
        nodes: Option<&[usize]>,
    ) {
        let shown = cells
            .iter()
            .map(|c| c.len().saturating_sub(start).min(count))
            .max()
            .unwrap_or(0)
            .max(1);
        let height = shown as f32 * leading + 2.0 * CELL_PAD;
        let top = self.y;
        if header {
            self.push(Op::Fill {
                rect: [MARGIN_X, top - height, CONTENT_W, height],
                rgb: (0.93, 0.949, 0.965),
            });
        }
        let mut x = MARGIN_X;
        for (i, (cell, w)) in cells.iter().zip(cols).enumerate() {
            let node = nodes.map(|n| n[i]);
            for (j, line) in cell.iter().skip(start).take(count).enumerate() {
                let baseline = top - CELL_PAD - j as f32 * leading - TABLE * 0.95;
                self.draw_line(x + CELL_PAD, baseline, line, TABLE, Ink::Body, node);
            }
            x += w;
        }
        let grid = 0.75;
        self.push(Op::Line {
            from: (MARGIN_X, top),
            to: (PAGE_W - MARGIN_X, top),
            width: 0.5,
            rgb: (grid, grid, grid),
        });
        self.push(Op::Line {
            from: (MARGIN_X, top - height),
            to: (PAGE_W - MARGIN_X, top - height),
            width: 0.5,
            rgb: (grid, grid, grid),
        });
        let mut x = MARGIN_X;
        for w in std::iter::once(&0.0).chain(cols) {
            x += w;
            self.push(Op::Line {
                from: (x, top),
                to: (x, top - height),
                width: 0.5,
                rgb: (grid, grid, grid),
            });
        }
        self.y -= height;
    }
}

fn append(line: &mut Vec<Piece>, like: &Piece, text: &str) {
    if text.is_empty() {
        return;
    }
    match line.last_mut() {
        Some(last) if last.face == like.face && last.link == like.link => last.text.push_str(text),
        _ => line.push(Piece {
            text: text.to_owned(),
            face: like.face,
            link: like.link.clone(),
        }),
    }
}

fn row_height(cells: &[Vec<Vec<Piece>>], leading: f32) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * leading + 2.0 * CELL_PAD
}

fn pieces(parts: &[Inline]) -> Vec<Piece> {
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(t) => Piece {
                text: t.clone(),
                face: Face::Regular,
                link: None,
            },
            Inline::Strong(t) => Piece {
                text: t.clone(),
                face: Face::Bold,
                link: None,
            },
            Inline::Link { text, url } => Piece {
                text: if text.is_empty() {
                    url.clone()
                } else {
                    text.clone()
                },
                face: Face::Regular,
                link: Some(url.clone()),
            },
        })
        .collect()
}

/// Entries of the table of contents on one page.
const TOC_PER_PAGE: usize = 40;
const TOC_LEADING: f32 = 17.0;

pub fn render(report: &Report) -> Vec<u8> {
    let toc_pages = report.outline().count().div_ceil(TOC_PER_PAGE).max(1);
    let front = 1 + toc_pages;
    let mut layout = Layout {
        fonts: Fonts {
            regular: Font::new(REGULAR),
            bold: Font::new(BOLD),
        },
        pages: Vec::new(),
        page_base: front,
        y: TOP,
        nodes: vec![Node {
            role: Role::Document,
            parent: None,
            kids: Vec::new(),
        }],
        headings: Vec::new(),
    };

    // The body first, so that the table of contents knows the pages.
    let mut sect = None;
    for block in &report.blocks {
        if matches!(block, Block::Heading { level: 1, .. }) || sect.is_none() {
            sect = Some(layout.node(Role::Sect, 0));
        }
        let sect = sect.expect("set above");
        match block {
            Block::Heading { level, text } => layout.heading(*level, text, sect),
            Block::Paragraph(parts) => layout.paragraph(parts, sect),
            Block::Bullets(items) => layout.bullets(items, sect),
            Block::Checklist(items) => layout.checklist(items, sect),
            Block::Table(t) => layout.table(t, sect),
        }
    }
    let body = std::mem::take(&mut layout.pages);
    let body_kids = layout.nodes[0].kids.len();

    layout.page_base = 0;
    cover(&mut layout, report);
    contents(&mut layout, &report.contents);
    debug_assert_eq!(layout.pages.len(), front);
    // Reading order: cover and contents come before the body.
    layout.nodes[0].kids.rotate_left(body_kids);

    let mut pages = std::mem::take(&mut layout.pages);
    pages.extend(body);
    let total = pages.len();
    let footer = match report.cover.first() {
        Some(first) => format!("{} · {first}", report.title),
        None => report.title.clone(),
    };
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        let label = format!("{} / {total}", i + 1);
        let width = layout.fonts.regular.width(&label, 8.0);
        let footer = fit(
            &layout.fonts.regular,
            &footer,
            8.0,
            CONTENT_W - width - 20.0,
        );
        let (left, _) = layout.shaped(
            MARGIN_X,
            FOOTER_Y,
            &footer,
            Style::new(Face::Regular, 8.0, Ink::Muted),
            None,
        );
        let x = PAGE_W - MARGIN_X - width;
        let (right, _) = layout.shaped(
            x,
            FOOTER_Y,
            &label,
            Style::new(Face::Regular, 8.0, Ink::Muted),
            None,
        );
        page.extend([left, right]);
    }
    write(report, layout, pages)
}

/// The text cut to `width` with an ellipsis, for lines that must stay one line.
fn fit(font: &Font, text: &str, size: f32, width: f32) -> String {
    if font.width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if font.width(&out, size) + font.width(&format!("{c}…"), size) > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn cover(layout: &mut Layout, report: &Report) {
    layout.new_page();
    let sect = layout.node(Role::Sect, 0);
    layout.push(Op::Fill {
        rect: [0.0, PAGE_H - 14.0, PAGE_W, 14.0],
        rgb: Ink::Accent.rgb(),
    });
    layout.y = PAGE_H * 0.62;
    let title = [Piece {
        text: report.title.clone(),
        face: Face::Bold,
        link: None,
    }];
    let h1 = layout.node(Role::H1, sect);
    let lines = layout.wrap(&title, CONTENT_W, 30.0);
    for line in &lines {
        let baseline = layout.y - 27.0;
        layout.draw_line(MARGIN_X, baseline, line, 30.0, Ink::Body, Some(h1));
        layout.y -= 36.0;
    }
    layout.y -= 12.0;
    for line in &report.cover {
        let p = layout.node(Role::P, sect);
        let piece = [Piece {
            text: line.clone(),
            face: Face::Regular,
            link: None,
        }];
        for l in layout.wrap(&piece, CONTENT_W, 12.0) {
            let baseline = layout.y - 11.0;
            layout.draw_line(MARGIN_X, baseline, &l, 12.0, Ink::Muted, Some(p));
            layout.y -= 17.0;
        }
    }
    let p = layout.node(Role::P, sect);
    let piece = [Piece {
        text: report.disclaimer.clone(),
        face: Face::Regular,
        link: None,
    }];
    let lines = layout.wrap(&piece, CONTENT_W - 16.0, SMALL);
    let height = lines.len() as f32 * SMALL * 1.4 + 12.0;
    let top = BOTTOM + 40.0 + height;
    layout.push(Op::Fill {
        rect: [MARGIN_X, top - height, 3.0, height],
        rgb: Ink::Accent.rgb(),
    });
    layout.y = top - 6.0;
    for l in &lines {
        let baseline = layout.y - SMALL * 0.9;
        layout.draw_line(MARGIN_X + 12.0, baseline, l, SMALL, Ink::Body, Some(p));
        layout.y -= SMALL * 1.4;
    }
}

/// The table of contents: chapters and their sections, dot leaders, page numbers and links.
fn contents(layout: &mut Layout, title: &str) {
    layout.new_page();
    let sect = layout.node(Role::Sect, 0);
    let h = layout.node(Role::H1, sect);
    let baseline = layout.y - 16.0;
    layout.text(
        MARGIN_X,
        baseline,
        title,
        Style::new(Face::Bold, 18.0, Ink::Body),
        Some(h),
    );
    layout.y -= 36.0;
    let toc = layout.node(Role::Toc, sect);
    let entries: Vec<(u8, String, usize, f32)> = layout
        .headings
        .iter()
        .filter(|h| h.level <= 2)
        .map(|h| (h.level, h.text.clone(), h.page, h.y))
        .collect();
    for (i, (level, text, page, y)) in entries.into_iter().enumerate() {
        if i > 0 && i % TOC_PER_PAGE == 0 {
            layout.new_page();
        }
        let item = layout.node(Role::Toci, toc);
        let (face, size, indent) = if level == 1 {
            (Face::Bold, 10.5, 0.0)
        } else {
            (Face::Regular, 9.5, 16.0)
        };
        let number = (page + 1).to_string();
        let number_w = layout.fonts.get(face).width(&number, size);
        let room = CONTENT_W - indent - number_w - 24.0;
        let text = fit(layout.fonts.get(face), &text, size, room);
        let baseline = layout.y - size;
        let text_w = layout.text(
            MARGIN_X + indent,
            baseline,
            &text,
            Style::new(face, size, Ink::Body),
            Some(item),
        );
        // Dot leaders are page furniture, not text to read out.
        let dot = layout.fonts.regular.width(".", size);
        let from = MARGIN_X + indent + text_w + 6.0;
        let to = PAGE_W - MARGIN_X - number_w - 6.0;
        if to > from {
            let dots = ".".repeat(((to - from) / (dot * 1.6)).floor().max(0.0) as usize);
            let spaced: String = dots.chars().flat_map(|c| [c, ' ']).collect();
            layout.text(
                from,
                baseline,
                spaced.trim_end(),
                Style::new(Face::Regular, size * 0.8, Ink::Muted),
                None,
            );
        }
        let x = PAGE_W - MARGIN_X - number_w;
        layout.text(
            x,
            baseline,
            &number,
            Style::new(face, size, Ink::Body),
            Some(item),
        );
        layout.push(Op::GoTo {
            rect: [MARGIN_X, baseline - 4.0, PAGE_W - MARGIN_X, baseline + size],
            page,
            y,
        });
        layout.y -= TOC_LEADING;
    }
}

/// A borderless link annotation over `rect`, for the caller to give its action.
fn link<'a>(pdf: &'a mut Pdf, id: Ref, rect: &[f32; 4]) -> pdf_writer::writers::Annotation<'a> {
    let mut a = pdf.annotation(id);
    a.subtype(AnnotationType::Link)
        .rect(Rect::new(rect[0], rect[1], rect[2], rect[3]))
        .border(0.0, 0.0, 0.0, None);
    a
}

/// Ids handed out in order; `pdf-writer` leaves their allocation to us.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 3)
}

const FONT_NAMES: [(Face, &[u8]); 2] = [(Face::Regular, b"F1"), (Face::Bold, b"F2")];

fn write(report: &Report, layout: Layout, pages: Vec<Vec<Op>>) -> Vec<u8> {
    let Layout {
        fonts,
        nodes,
        headings,
        ..
    } = layout;
    let mut ids = Ids(0);
    // Compact syntax: the files are for reading in a viewer, not by eye.
    let mut pdf = Pdf::with_settings(Settings { pretty: false });
    let catalog = ids.next();
    let tree = ids.next();
    let info = ids.next();
    let struct_root = ids.next();
    let outline = ids.next();
    let page_ids: Vec<Ref> = pages.iter().map(|_| ids.next()).collect();
    let node_ids: Vec<Ref> = nodes.iter().map(|_| ids.next()).collect();

    // Marked-content ids per page, in drawing order, and which structure node each belongs to.
    let mut mcids: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    let mut mcid_of: BTreeMap<(usize, usize), i32> = BTreeMap::new();
    let mut owner: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        for kid in &node.kids {
            if let Kid::Content { page, op } = kid {
                owner.insert((*page, *op), n);
            }
        }
    }
    for (&(page, op), n) in &owner {
        mcid_of.insert((page, op), mcids[page].len() as i32);
        mcids[page].push(*n);
    }

    // Fonts: a Type 0 font over a CID-keyed TrueType subset, with a map back to Unicode.
    let mut font_refs = Vec::new();
    for (face, _) in FONT_NAMES {
        let font = fonts.get(face);
        let type0 = ids.next();
        let cid = ids.next();
        let descriptor = ids.next();
        let file = ids.next();
        let unicode = ids.next();
        font_refs.push(type0);
        let used: BTreeSet<u16> = font.used.keys().copied().collect();
        let name = format!(
            "{}+VendorplanSans-{}",
            subset::tag(&used),
            if face == Face::Bold {
                "Bold"
            } else {
                "Regular"
            }
        );
        pdf.type0_font(type0)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(unicode);
        let scale = 1000.0 / font.units;
        {
            let mut c = pdf.cid_font(cid);
            c.subtype(CidFontType::Type2)
                .base_font(Name(name.as_bytes()))
                .system_info(SystemInfo {
                    registry: Str(b"Adobe"),
                    ordering: Str(b"Identity"),
                    supplement: 0,
                })
                .font_descriptor(descriptor)
                .default_width(0.0)
                .cid_to_gid_map_predefined(Name(b"Identity"));
            let mut widths = c.widths();
            for g in &used {
                widths.consecutive(*g, [font.advance(*g) * 1000.0]);
            }
        }
        let face_ = &font.face;
        let bbox = face_.global_bounding_box();
        pdf.font_descriptor(descriptor)
            .name(Name(name.as_bytes()))
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                f32::from(bbox.x_min) * scale,
                f32::from(bbox.y_min) * scale,
                f32::from(bbox.x_max) * scale,
                f32::from(bbox.y_max) * scale,
            ))
            .italic_angle(0.0)
            .ascent(f32::from(face_.ascender()) * scale)
            .descent(f32::from(face_.descender()) * scale)
            .cap_height(f32::from(face_.capital_height().unwrap_or(face_.ascender())) * scale)
            .stem_v(if face == Face::Bold { 140.0 } else { 80.0 })
            .font_file2(file);
        let program = subset::glyf(font.data, &used).unwrap_or_else(|| font.data.to_vec());
        let packed = deflate(&program);
        pdf.stream(file, &packed)
            .filter(Filter::FlateDecode)
            .pair(Name(b"Length1"), program.len() as i32);
        let mut cmap = pdf_writer::types::UnicodeCmap::<u16>::new(
            Name(b"Vendorplan-UCS"),
            SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"UCS"),
                supplement: 0,
            },
        );
        for (g, c) in &font.used {
            cmap.pair(*g, *c);
        }
        let cmap = cmap.finish();
        pdf.cmap(unicode, &cmap);
    }

    // Pages.
    let mut parent_tree = Vec::new();
    for (i, ops) in pages.iter().enumerate() {
        let content_id = ids.next();
        let mut content = Content::with_settings(Settings { pretty: false });
        let mut annotations = Vec::new();
        for (j, op) in ops.iter().enumerate() {
            match op {
                Op::Text {
                    x,
                    y,
                    face,
                    size,
                    ink,
                    glyphs,
                    node,
                } => {
                    match node {
                        Some(n) => {
                            let mut mark = content
                                .begin_marked_content_with_properties(Name(nodes[*n].role.tag()));
                            mark.properties().identify(mcid_of[&(i, j)]);
                        }
                        None => {
                            content.begin_marked_content(Name(b"Artifact"));
                        }
                    }
                    let (r, g, b) = ink.rgb();
                    let font_name = FONT_NAMES
                        .iter()
                        .find(|(f, _)| f == face)
                        .map_or(b"F1".as_slice(), |(_, n)| n);
                    let bytes: Vec<u8> = glyphs.iter().flat_map(|g| g.to_be_bytes()).collect();
                    content
                        .begin_text()
                        .set_fill_rgb(r, g, b)
                        .set_font(Name(font_name), *size)
                        .next_line(*x, *y)
                        .show(Str(&bytes))
                        .end_text()
                        .end_marked_content();
                }
                Op::Fill { rect, rgb } => {
                    content
                        .begin_marked_content(Name(b"Artifact"))
                        .set_fill_rgb(rgb.0, rgb.1, rgb.2)
                        .rect(rect[0], rect[1], rect[2], rect[3])
                        .fill_nonzero()
                        .end_marked_content();
                }
                Op::Line {
                    from,
                    to,
                    width,
                    rgb,
                } => {
                    content
                        .begin_marked_content(Name(b"Artifact"))
                        .set_stroke_rgb(rgb.0, rgb.1, rgb.2)
                        .set_line_width(*width)
                        .move_to(from.0, from.1)
                        .line_to(to.0, to.1)
                        .stroke()
                        .end_marked_content();
                }
                Op::Frame { rect, rgb } => {
                    content
                        .begin_marked_content(Name(b"Artifact"))
                        .set_stroke_rgb(rgb.0, rgb.1, rgb.2)
                        .set_line_width(0.8)
                        .rect(rect[0], rect[1], rect[2], rect[3])
                        .stroke()
                        .end_marked_content();
                }
                Op::Uri { rect, url } => {
                    let id = ids.next();
                    annotations.push(id);
                    link(&mut pdf, id, rect)
                        .action()
                        .action_type(ActionType::Uri)
                        .uri(Str(url.as_bytes()));
                }
                Op::GoTo { rect, page, y } => {
                    let id = ids.next();
                    annotations.push(id);
                    link(&mut pdf, id, rect)
                        .action()
                        .action_type(ActionType::GoTo)
                        .destination()
                        .page(page_ids[*page])
                        .xyz(0.0, *y, None);
                }
            }
        }
        let stream = deflate(&content.finish());
        pdf.stream(content_id, &stream).filter(Filter::FlateDecode);
        let mut page = pdf.page(page_ids[i]);
        page.parent(tree)
            .media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .contents(content_id)
            .struct_parents(i as i32);
        if !annotations.is_empty() {
            page.annotations(annotations);
        }
        {
            let mut resources = page.resources();
            let mut fonts_dict = resources.fonts();
            for ((_, name), id) in FONT_NAMES.iter().zip(&font_refs) {
                fonts_dict.pair(Name(name), *id);
            }
        }
        page.finish();
        let array = ids.next();
        pdf.indirect(array)
            .array()
            .items(mcids[i].iter().map(|n| node_ids[*n]));
        parent_tree.push(array);
    }
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);

    // The structure tree.
    {
        let mut root: StructTreeRoot = pdf.indirect(struct_root).start();
        root.child(node_ids[0]);
        let mut nums = root.parent_tree();
        let mut entries = nums.nums();
        for (i, array) in parent_tree.iter().enumerate() {
            entries.insert(i as i32, *array);
        }
        entries.finish();
        nums.finish();
        root.parent_tree_next_key(pages.len() as i32);
    }
    for (n, node) in nodes.iter().enumerate() {
        let mut e = pdf.struct_element(node_ids[n]);
        e.kind(node.role.pdf())
            .parent(node.parent.map_or(struct_root, |p| node_ids[p]));
        // Content all on one page is referenced by bare ids under the element's `/Pg`, which
        // keeps the tree small; content across pages needs a reference naming each page.
        let content_pages: BTreeSet<usize> = node
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Content { page, .. } => Some(*page),
                Kid::Node(_) => None,
            })
            .collect();
        let one_page = (content_pages.len() == 1)
            .then(|| content_pages.first().copied())
            .flatten();
        if let Some(page) = one_page {
            e.page(page_ids[page]);
        }
        let mut kids = e.children();
        for kid in &node.kids {
            match kid {
                Kid::Node(k) => {
                    kids.struct_element(node_ids[*k]);
                }
                Kid::Content { page, op } if one_page.is_some() => {
                    kids.marked_content_id(mcid_of[&(*page, *op)]);
                }
                Kid::Content { page, op } => {
                    kids.marked_content_ref()
                        .page(page_ids[*page])
                        .marked_content_id(mcid_of[&(*page, *op)]);
                }
            }
        }
    }

    // Bookmarks: chapters, with their sections under them.
    let chapters: Vec<(usize, Vec<usize>)> = {
        let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, h) in headings.iter().enumerate() {
            match h.level {
                1 => out.push((i, Vec::new())),
                2 => {
                    if let Some(last) = out.last_mut() {
                        last.1.push(i);
                    }
                }
                _ => {}
            }
        }
        out
    };
    let chapter_ids: Vec<Ref> = chapters.iter().map(|_| ids.next()).collect();
    for (c, (heading, sections)) in chapters.iter().enumerate() {
        let section_ids: Vec<Ref> = sections.iter().map(|_| ids.next()).collect();
        for (s, section) in sections.iter().enumerate() {
            let h = &headings[*section];
            let mut item = pdf.outline_item(section_ids[s]);
            item.title(TextStr(&h.text)).parent(chapter_ids[c]);
            if s > 0 {
                item.prev(section_ids[s - 1]);
            }
            if s + 1 < section_ids.len() {
                item.next(section_ids[s + 1]);
            }
            item.dest().page(page_ids[h.page]).xyz(0.0, h.y, None);
        }
        let h = &headings[*heading];
        let mut item = pdf.outline_item(chapter_ids[c]);
        item.title(TextStr(&h.text)).parent(outline);
        if c > 0 {
            item.prev(chapter_ids[c - 1]);
        }
        if c + 1 < chapter_ids.len() {
            item.next(chapter_ids[c + 1]);
        }
        if let (Some(first), Some(last)) = (section_ids.first(), section_ids.last()) {
            item.first(*first)
                .last(*last)
                .count(-(section_ids.len() as i32));
        }
        item.dest().page(page_ids[h.page]).xyz(0.0, h.y, None);
    }
    {
        let mut o = pdf.outline(outline);
        if let (Some(first), Some(last)) = (chapter_ids.first(), chapter_ids.last()) {
            o.first(*first).last(*last);
        }
        o.count(chapter_ids.len() as i32);
    }

    pdf.document_info(info)
        .title(TextStr(&report.title))
        .creator(TextStr("Vendorplan"))
        .producer(TextStr("Vendorplan"));
    let mut cat = pdf.catalog(catalog);
    cat.pages(tree)
        .outlines(outline)
        .lang(TextStr(&report.lang))
        .pair(Name(b"StructTreeRoot"), struct_root);
    cat.mark_info().marked(true);
    cat.viewer_preferences().display_doc_title(true);
    cat.finish();
    pdf.finish()
}

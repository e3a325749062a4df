//! Markdown (CommonMark with GitHub tables and task lists).

use std::fmt::Write;

use crate::{safe_url, Block, Inline, Report};

/// Escapes text so that it can never open a link, an HTML tag, an emphasis or a table cell,
/// and stays on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URL as an autolink, or as escaped text when it is not a web or mail link or would break
/// out of the angle brackets.
fn url(u: &str) -> String {
    if safe_url(u) && !u.contains(|c: char| c == '<' || c == '>' || c.is_whitespace()) {
        format!("<{u}>")
    } else {
        escape(u)
    }
}

fn inlines(parts: &[Inline]) -> String {
    let mut out = String::new();
    for p in parts {
        match p {
            Inline::Text(t) => out.push_str(&escape(t)),
            Inline::Strong(t) if t.trim().is_empty() => out.push_str(&escape(t)),
            Inline::Strong(t) => {
                let _ = write!(out, "**{}**", escape(t));
            }
            Inline::Link { text, url: u } if text.is_empty() || text == u => out.push_str(&url(u)),
            Inline::Link { text, url: u } => {
                let _ = write!(out, "{} {}", escape(text), url(u));
            }
        }
    }
    out
}

pub fn render(report: &Report) -> String {
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(w, "# {}\n", escape(&report.title));
    for line in &report.cover {
        let _ = writeln!(w, "{}  ", escape(line));
    }
    let _ = writeln!(w, "\n*{}*\n", escape(&report.disclaimer));
    for block in &report.blocks {
        match block {
            // The report's title is the only `#`; chapters are `##`.
            Block::Heading { level, text } => {
                let hashes = "#".repeat(usize::from(*level).clamp(1, 5) + 1);
                let _ = writeln!(w, "{hashes} {}\n", escape(text));
            }
            Block::Paragraph(parts) => {
                let _ = writeln!(w, "{}\n", inlines(parts));
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(w, "- {}", inlines(item));
                }
                let _ = writeln!(w);
            }
            Block::Checklist(items) => {
                for item in items {
                    let mark = if item.done { 'x' } else { ' ' };
                    let _ = writeln!(w, "- [{mark}] **{}**", escape(&item.title));
                    for line in &item.lines {
                        let _ = writeln!(w, "  - {}", inlines(line));
                    }
                }
                let _ = writeln!(w);
            }
            Block::Table(t) => {
                let headers: Vec<String> = t.headers.iter().map(|h| escape(h)).collect();
                let _ = writeln!(w, "| {} |", headers.join(" | "));
                let _ = writeln!(w, "|{}", "---|".repeat(t.headers.len()));
                for row in &t.rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| match &c.link {
                            Some(u) if c.text.is_empty() || &c.text == u => url(u),
                            Some(u) => format!("{} {}", escape(&c.text), url(u)),
                            None => escape(&c.text),
                        })
                        .collect();
                    let _ = writeln!(w, "| {} |", cells.join(" | "));
                }
                let _ = writeln!(w);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_opens_no_markup() {
        let e = escape("<script>alert(1)</script> [x](javascript:y) | **b** ![i](u)\nnext");
        assert_eq!(
            e,
            "\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\| \\*\\*b\\*\\* \\!\\[i\\](u) next"
        );
    }

    #[test]
    fn only_web_links_become_autolinks() {
        assert_eq!(url("https://a.example/x"), "<https://a.example/x>");
        assert_eq!(url("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(url("https://a.example/<x>"), "https://a.example/\\<x\\>");
    }
}

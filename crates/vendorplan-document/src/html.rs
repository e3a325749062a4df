//! One self-contained, print-ready HTML file: its own CSS, a table of contents, a new page for
//! each chapter and table headers repeated on every printed page. Its Content-Security-Policy
//! allows no script and no request at all, so even a file someone tampered with runs nothing.

use std::fmt::Write;

use crate::{anchor, safe_url, Block, Inline, Report};

/// Escapes text for element content and for double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn link(text: &str, url: &str) -> String {
    let shown = if text.is_empty() { url } else { text };
    if safe_url(url) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(shown)
        )
    } else if text.is_empty() || text == url {
        escape(url)
    } else {
        format!("{} ({})", escape(text), escape(url))
    }
}

fn inlines(parts: &[Inline]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(t) => escape(t),
            Inline::Strong(t) => format!("<strong>{}</strong>", escape(t)),
            Inline::Link { text, url } => link(text, url),
        })
        .collect()
}

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", "Liberation Sans", Arial, sans-serif; color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; }
h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2em; margin-top: 2.2em; }
a { color: var(--accent); overflow-wrap: anywhere; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 2.4em; margin: 0 0 .6em; }
.cover p { margin: .15em 0; color: var(--muted); }
.disclaimer { border-left: 4px solid var(--accent); padding: .4em .8em; background: #f3f6fa; }
nav.toc ol { padding-left: 1.2em; }
nav.toc ol ol { list-style: none; padding-left: 1em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.4em; font-size: 9pt; }
table { table-layout: fixed; }
th, td { border: 1px solid var(--line); padding: .3em .45em; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eef2f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist > li { margin: .8em 0; break-inside: avoid; }
ul.checklist > li > ul { margin: .2em 0 0 1.6em; padding-left: 1em; color: var(--ink); }
ul.checklist input { margin-right: .5em; }
.done > strong { text-decoration: line-through; color: var(--muted); }
footer { margin-top: 3em; color: var(--muted); font-size: 9pt; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #57606a; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  .cover { min-height: 85vh; break-after: page; }
  nav.toc { break-after: page; }
  h2 { break-before: page; margin-top: 0; }
  a { color: inherit; text-decoration: none; }
}
"#;

pub fn render(report: &Report) -> String {
    let mut s = String::new();
    let w = &mut s;
    let _ = write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape(&report.lang),
        escape(&report.title)
    );
    let _ = writeln!(
        w,
        "<header class=\"cover\">\n<h1>{}</h1>",
        escape(&report.title)
    );
    for line in &report.cover {
        let _ = writeln!(w, "<p>{}</p>", escape(line));
    }
    let _ = writeln!(
        w,
        "<p class=\"disclaimer\">{}</p>\n</header>",
        escape(&report.disclaimer)
    );

    // Table of contents: chapters, with their sections nested.
    let contents = escape(&report.contents);
    let _ = writeln!(
        w,
        "<nav class=\"toc\" aria-label=\"{contents}\">\n<h2>{contents}</h2>\n<ol>"
    );
    let (mut in_chapter, mut in_sections) = (false, false);
    for (i, block) in report.blocks.iter().enumerate() {
        let Block::Heading { level, text } = block else {
            continue;
        };
        let entry = format!("<a href=\"#{}\">{}</a>", anchor(i), escape(text));
        match level {
            1 => {
                if std::mem::take(&mut in_sections) {
                    let _ = writeln!(w, "</ol>");
                }
                if in_chapter {
                    let _ = writeln!(w, "</li>");
                }
                let _ = writeln!(w, "<li>{entry}");
                in_chapter = true;
            }
            2 => {
                if !std::mem::replace(&mut in_sections, true) {
                    let _ = writeln!(w, "<ol>");
                }
                let _ = writeln!(w, "<li>{entry}</li>");
            }
            _ => {}
        }
    }
    if in_sections {
        let _ = writeln!(w, "</ol>");
    }
    if in_chapter {
        let _ = writeln!(w, "</li>");
    }
    let _ = writeln!(w, "</ol>\n</nav>\n<main>");

    for (i, block) in report.blocks.iter().enumerate() {
        match block {
            Block::Heading { level, text } => {
                let tag = usize::from(*level).clamp(1, 4) + 1;
                let _ = writeln!(w, "<h{tag} id=\"{}\">{}</h{tag}>", anchor(i), escape(text));
            }
            Block::Paragraph(parts) => {
                let _ = writeln!(w, "<p>{}</p>", inlines(parts));
            }
            Block::Bullets(items) => {
                let _ = writeln!(w, "<ul>");
                for item in items {
                    let _ = writeln!(w, "<li>{}</li>", inlines(item));
                }
                let _ = writeln!(w, "</ul>");
            }
            Block::Checklist(items) => {
                let _ = writeln!(w, "<ul class=\"checklist\">");
                for item in items {
                    let (class, checked) = if item.done {
                        (" class=\"done\"", " checked")
                    } else {
                        ("", "")
                    };
                    let _ = writeln!(
                        w,
                        "<li{class}><input type=\"checkbox\" disabled{checked} aria-label=\"done\"><strong>{}</strong>\n<ul>",
                        escape(&item.title)
                    );
                    for line in &item.lines {
                        let _ = writeln!(w, "<li>{}</li>", inlines(line));
                    }
                    let _ = writeln!(w, "</ul></li>");
                }
                let _ = writeln!(w, "</ul>");
            }
            Block::Table(t) => {
                let _ = write!(w, "<table id=\"table-{}\">\n<colgroup>", escape(&t.id));
                // The report's relative widths, so that short columns are not squeezed by
                // long ones.
                let total: u32 = t.widths.iter().map(|w| u32::from(*w)).sum::<u32>().max(1);
                for width in &t.widths {
                    let _ = write!(
                        w,
                        "<col style=\"width: {:.1}%\">",
                        f64::from(*width) * 100.0 / f64::from(total)
                    );
                }
                let _ = write!(w, "</colgroup>\n<thead><tr>");
                for h in &t.headers {
                    let _ = write!(w, "<th scope=\"col\">{}</th>", escape(h));
                }
                let _ = writeln!(w, "</tr></thead>\n<tbody>");
                for row in &t.rows {
                    let _ = write!(w, "<tr>");
                    for c in row {
                        let body = match &c.link {
                            Some(u) => link(&c.text, u),
                            None => escape(&c.text),
                        };
                        let _ = write!(w, "<td>{body}</td>");
                    }
                    let _ = writeln!(w, "</tr>");
                }
                let _ = writeln!(w, "</tbody>\n</table>");
            }
        }
    }
    let _ = writeln!(
        w,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>",
        escape(&report.disclaimer)
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_comes_out_as_text() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\">&"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
        );
    }

    #[test]
    fn only_web_links_get_an_href() {
        assert_eq!(link("x", "javascript:alert(1)"), "x (javascript:alert(1))");
        assert!(
            link("", "https://a.example/?q=\"").contains("href=\"https://a.example/?q=&quot;\"")
        );
    }
}
